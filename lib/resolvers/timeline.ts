/**
 * The evidence timeline of a threat (issue #9, ERC-1497 style): the evidence attached to it (registry `Evidence`
 * events), the resolver's steps (approvals, answers and their bonds, assertions, disputes, resolutions) and the
 * decision (`Fulfilled` with the evidence it relied on), oldest first, in words. Pure.
 */
import { isAddressEqual, zeroHash, type Address, type Hex } from 'viem';
import { formatEth, shortAddress, shortHash } from '../format';
import type { ThreatEnd, ThreatEvidence } from '../threats/types';

/** Where an event is on chain. */
interface At {
  txHash: Hex;
  blockNumber: bigint;
  logIndex?: number;
  timestamp?: number;
}

/** A resolver contract's event about one threat. */
export type ResolverEvent = At &
  (
    | { type: 'approved'; who: Address; evidence: Hex; count: number }
    | { type: 'answered'; who: Address; yes: boolean; bond: bigint }
    | { type: 'question-resolved'; yes: boolean }
    | { type: 'asserted'; who: Address; bond: bigint; assertionId: Hex }
    | { type: 'disputed'; assertionId: Hex }
    | { type: 'assertion-resolved'; assertionId: Hex; yes: boolean }
  );

/** One line of the timeline. */
export interface TimelineEntry extends At {
  kind: 'evidence' | 'resolver' | 'decision';
  /** What happened, in words. */
  text: string;
  /** Who did it, when known. */
  who?: Address;
  /** The evidence document, for evidence entries. */
  uri?: string;
  evidenceHash?: Hex;
  /** The decision relied on this evidence (an evidence entry whose hash the fulfilment names). */
  reliedOn?: boolean;
}

const ROLE_WORDS: Record<ThreatEvidence['role'], string> = {
  maker: 'the maker',
  provider: 'the provider',
  resolver: 'the resolver',
  other: 'someone',
};

function resolverText(e: ResolverEvent): { text: string; who?: Address } {
  switch (e.type) {
    case 'approved':
      return { who: e.who, text: `Panel member ${shortAddress(e.who)} approved (${e.count} so far).` };
    case 'answered':
      return {
        who: e.who,
        text: `${shortAddress(e.who)} answered “${e.yes ? 'yes' : 'no'}” with a bond of ${formatEth(e.bond)}.`,
      };
    case 'question-resolved':
      return { text: `The Reality.eth question finalized “${e.yes ? 'yes' : 'no'}”.` };
    case 'asserted':
      return {
        who: e.who,
        text: `${shortAddress(e.who)} asserted that the demand was met, with a bond of ${formatEth(e.bond)} (assertion ${shortHash(e.assertionId)}).`,
      };
    case 'disputed':
      return { text: `Assertion ${shortHash(e.assertionId)} was disputed: UMA’s vote decides it.` };
    case 'assertion-resolved':
      return { text: `Assertion ${shortHash(e.assertionId)} settled ${e.yes ? 'true' : 'false'}.` };
  }
}

const order = (a: At, b: At) =>
  a.blockNumber === b.blockNumber ? (a.logIndex ?? 0) - (b.logIndex ?? 0) : a.blockNumber < b.blockNumber ? -1 : 1;

/** Builds the timeline from the threat's evidence, the resolver's events and how it ended. */
export function buildTimeline(input: {
  evidence: readonly ThreatEvidence[];
  resolverEvents?: readonly ResolverEvent[];
  end?: (Omit<ThreatEnd, 'timestamp'> & { timestamp?: number }) | null;
}): TimelineEntry[] {
  const relied =
    input.end?.kind === 'fulfilled' && input.end.evidence && input.end.evidence !== zeroHash
      ? input.end.evidence
      : null;
  const out: TimelineEntry[] = input.evidence.map((e) => ({
    kind: 'evidence',
    txHash: e.txHash,
    blockNumber: e.blockNumber,
    timestamp: e.timestamp,
    who: e.submitter,
    uri: e.uri,
    evidenceHash: e.evidenceHash,
    reliedOn: !!relied && e.evidenceHash.toLowerCase() === relied.toLowerCase(),
    text: `Evidence from ${ROLE_WORDS[e.role]} (${shortAddress(e.submitter)}).`,
  }));
  for (const e of input.resolverEvents ?? []) {
    const { text, who } = resolverText(e);
    out.push({
      kind: 'resolver',
      txHash: e.txHash,
      blockNumber: e.blockNumber,
      logIndex: e.logIndex,
      timestamp: e.timestamp,
      text,
      who,
    });
  }
  const end = input.end;
  if (end && (end.kind === 'fulfilled' || end.breached)) {
    const by = end.by;
    const named = relied ? ` It relied on ${shortHash(relied)}.` : '';
    out.push({
      kind: 'decision',
      txHash: end.txHash,
      blockNumber: end.blockNumber,
      logIndex: Number.MAX_SAFE_INTEGER,
      timestamp: end.timestamp,
      who: by,
      text:
        end.kind === 'fulfilled'
          ? `Decision: the demand was met${by ? ` (recorded by ${shortAddress(by)})` : ''}; ${formatEth(end.amount)} refunded.${named}`
          : `Decision: the promise was recorded broken${by ? ` by ${shortAddress(by)}` : ''}.`,
    });
  }
  return out.sort(order);
}

/** Whether `who` is among `list` (case-insensitive). */
export function includesAddress(list: readonly Address[], who: Address | undefined): boolean {
  return !!who && list.some((a) => isAddressEqual(a, who));
}
