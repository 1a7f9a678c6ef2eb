/**
 * Rebuilds threats' histories from the registry's decoded event logs. Pure (no RPC): `read.ts` fetches
 * the logs, this folds them, so the same fold serves one threat's page and the desks' lists.
 */
import type { Address, Hex } from 'viem';
import { actionKey, drawOutcomeKey } from '../contracts/enums.generated';
import type {
  ActedRecord,
  DrawRequest,
  ThreatClaim,
  ThreatDraw,
  ThreatEnd,
  ThreatEvidence,
  ThreatFunder,
  ThreatFunding,
  ThreatOdds,
  ThreatStatus,
  ThreatSummary,
  TimeoutAction,
} from './types';

/** The names of the registry events that carry a threat id as their first indexed topic. */
export const THREAT_EVENT_NAMES = [
  'ThreatCreated',
  'OddsSet',
  'FundingSet',
  'Linked',
  'Joined',
  'Left',
  'Activated',
  'Cancelled',
  'Reclaimed',
  'FulfilmentClaimed',
  'ClaimReleased',
  'Fulfilled',
  'PromiseBroken',
  'Evidence',
  'DrawRequested',
  'DrawRequestFailed',
  'DrawLapsed',
  'DrawSettled',
  'Escalated',
  'ProviderActed',
  'Refunded',
  'Forfeited',
] as const;
export type ThreatEventName = (typeof THREAT_EVENT_NAMES)[number];

/** The fields of a decoded log this fold uses (a viem `parseEventLogs` result fits). */
export interface DecodedThreatLog {
  eventName: string;
  args: Record<string, unknown>;
  transactionHash: Hex | null;
  blockNumber: bigint | null;
  logIndex: number | null;
  blockTimestamp?: bigint | null;
}

/** One threat's history as folded from its logs (no view call involved). */
export interface ThreatHistory {
  id: bigint;
  created?: {
    maker: Address;
    beneficiary: Address;
    provider: Address;
    resolver: Address;
    adversary: Address;
    stake: bigint;
    fee: bigint;
    engagementId: Hex;
    agreementHash: Hex;
    deadline: number;
    timeoutAction: TimeoutAction;
    flags: number;
    terms: string;
    txHash: Hex;
    blockNumber: bigint;
    timestamp?: number;
  };
  odds?: ThreatOdds & { start: number };
  funding?: ThreatFunding;
  linkedTo?: bigint;
  /** A pool's activation time (draws count from it). */
  activatedAt?: number;
  /** The stake as funders joined and left (starts at the maker's). */
  stake: bigint;
  funders: Map<Address, ThreatFunder>;
  claim?: ThreatClaim;
  draws: ThreatDraw[];
  requests: DrawRequest[];
  failedRequests: number;
  evidence: ThreatEvidence[];
  acted: ActedRecord[];
  fulfilledBy?: { resolver: Address; evidence: Hex; txHash: Hex };
  breachedBy?: { resolver: Address; evidence: Hex; txHash: Hex };
  end: (Omit<ThreatEnd, 'timestamp'> & { timestamp?: number }) | null;
}

const ROLES: ThreatEvidence['role'][] = ['other', 'maker', 'provider', 'resolver'];

const ts = (log: DecodedThreatLog) => (log.blockTimestamp != null ? Number(log.blockTimestamp) : undefined);

/** Orders logs as the chain did: by block, then by position in the block. */
export function sortLogs<T extends DecodedThreatLog>(logs: T[]): T[] {
  return [...logs].sort((a, b) => {
    const ba = a.blockNumber ?? 0n;
    const bb = b.blockNumber ?? 0n;
    if (ba !== bb) return ba < bb ? -1 : 1;
    return (a.logIndex ?? 0) - (b.logIndex ?? 0);
  });
}

/**
 * Folds decoded registry logs (of any number of threats, any order) into one history per threat id.
 * Logs of other events are ignored. Pending logs (no block number yet) are skipped.
 */
export function foldThreatLogs(logs: DecodedThreatLog[]): Map<bigint, ThreatHistory> {
  const out = new Map<bigint, ThreatHistory>();
  const get = (id: bigint): ThreatHistory => {
    let h = out.get(id);
    if (!h) {
      h = emptyHistory(id);
      out.set(id, h);
    }
    return h;
  };
  for (const log of sortLogs(logs)) {
    if (log.blockNumber == null || log.transactionHash == null) continue;
    const a = log.args;
    if (typeof a?.id !== 'bigint') continue;
    const h = get(a.id);
    const where = { txHash: log.transactionHash, blockNumber: log.blockNumber };
    switch (log.eventName as ThreatEventName) {
      case 'ThreatCreated':
        h.created = {
          maker: a.maker as Address,
          beneficiary: a.beneficiary as Address,
          provider: a.provider as Address,
          resolver: a.resolver as Address,
          adversary: a.adversary as Address,
          stake: a.stake as bigint,
          fee: a.fee as bigint,
          engagementId: a.engagementId as Hex,
          agreementHash: a.agreementHash as Hex,
          deadline: Number(a.deadline),
          timeoutAction: actionKey(a.timeoutAction as number),
          flags: Number(a.flags),
          terms: a.terms as string,
          ...where,
          timestamp: ts(log),
        };
        h.stake = a.stake as bigint;
        break;
      case 'OddsSet':
        h.odds = {
          beacon: a.beacon as Address,
          period: Number(a.period),
          pEscalate: Number(a.pEscalate),
          pTerminate: Number(a.pTerminate),
          start: Number(a.start),
        };
        break;
      case 'FundingSet':
        h.funding = {
          cap: a.cap as bigint,
          backersRoot: a.backersRoot as Hex,
          gatherUntil: Number(a.gatherUntil),
          minPledgers: Number(a.minPledgers),
          minTotal: a.minTotal as bigint,
        };
        break;
      case 'Linked':
        h.linkedTo = a.linkedTo as bigint;
        break;
      case 'Joined': {
        const account = a.funder as Address;
        const f = h.funders.get(account) ?? { account, amount: 0n, reclaimed: false };
        f.amount += a.amount as bigint;
        h.funders.set(account, f);
        h.stake = a.stake as bigint;
        break;
      }
      case 'Left':
        h.funders.delete(a.funder as Address);
        h.stake = a.stake as bigint;
        break;
      case 'Reclaimed': {
        const f = h.funders.get(a.funder as Address);
        if (f) f.reclaimed = true;
        break;
      }
      case 'Activated':
        h.activatedAt = Number(a.start);
        if (h.odds) h.odds.start = Number(a.start);
        break;
      case 'Cancelled':
        h.end = { kind: 'cancelled', amount: 0n, paid: true, ...where, timestamp: ts(log) };
        break;
      case 'FulfilmentClaimed':
        h.claim = { until: Number(a.until), ...where };
        break;
      case 'ClaimReleased':
        h.claim = undefined;
        break;
      case 'Evidence':
        h.evidence.push({
          submitter: a.submitter as Address,
          role: ROLES[Number(a.role)] ?? 'other',
          evidenceHash: a.evidenceHash as Hex,
          uri: a.uri as string,
          ...where,
          timestamp: ts(log),
        });
        break;
      case 'ProviderActed':
        h.acted.push({ evidenceHash: a.evidenceHash as Hex, uri: a.uri as string, ...where, timestamp: ts(log) });
        break;
      case 'DrawRequested':
        h.requests.push({
          fromPeriod: Number(a.fromPeriod),
          throughPeriod: Number(a.throughPeriod),
          ticket: Number(a.ticket),
          ...where,
        });
        break;
      case 'DrawRequestFailed':
        h.failedRequests += 1;
        break;
      case 'DrawSettled':
        h.draws.push({
          period: Number(a.period),
          value: a.value as Hex,
          outcome: drawOutcomeKey(a.outcome as number),
          neutralized: Boolean(a.neutralized),
          ...where,
        });
        break;
      case 'Fulfilled':
        h.claim = undefined;
        h.fulfilledBy = { resolver: a.resolver as Address, evidence: a.evidence as Hex, txHash: log.transactionHash };
        break;
      case 'PromiseBroken':
        h.breachedBy = { resolver: a.resolver as Address, evidence: a.evidence as Hex, txHash: log.transactionHash };
        break;
      case 'Refunded': {
        if (h.end?.kind === 'cancelled') {
          h.end.amount = a.amount as bigint;
          h.end.paid = Boolean(a.paid);
          break;
        }
        const fulfilled = h.fulfilledBy?.txHash === log.transactionHash;
        h.end = {
          kind: fulfilled ? 'fulfilled' : 'refunded',
          amount: a.amount as bigint,
          paid: Boolean(a.paid),
          ...(fulfilled ? { by: h.fulfilledBy!.resolver, evidence: h.fulfilledBy!.evidence } : breach(h, log)),
          ...endingDraw(h, log.transactionHash),
          ...where,
          timestamp: ts(log),
        };
        break;
      }
      case 'Escalated':
        h.end = {
          kind: 'escalated',
          amount: a.amount as bigint,
          paid: Boolean(a.paid),
          ...breach(h, log),
          ...endingDraw(h, log.transactionHash),
          ...where,
          timestamp: ts(log),
        };
        break;
      case 'Forfeited':
        h.end = {
          kind: 'forfeited',
          amount: a.amount as bigint,
          paid: true,
          ...breach(h, log),
          ...where,
          timestamp: ts(log),
        };
        break;
      default:
        break;
    }
  }
  return out;
}

/** A history with nothing in it yet. */
export function emptyHistory(id: bigint): ThreatHistory {
  return {
    id,
    stake: 0n,
    funders: new Map(),
    draws: [],
    requests: [],
    failedRequests: 0,
    evidence: [],
    acted: [],
    end: null,
  };
}

/** The breach (a promise recorded broken) that caused this end, if the same transaction recorded one. */
function breach(h: ThreatHistory, log: DecodedThreatLog): Partial<ThreatEnd> {
  return h.breachedBy && h.breachedBy.txHash === log.transactionHash
    ? { breached: true, by: h.breachedBy.resolver, evidence: h.breachedBy.evidence }
    : {};
}

/** The non-neutral draw settled in the same transaction as the end, if any. */
function endingDraw(h: ThreatHistory, txHash: Hex): { period?: number } {
  const last = h.draws[h.draws.length - 1];
  return last && last.txHash === txHash && last.outcome !== 'continue' ? { period: last.period } : {};
}

/** The status a history implies (events only): gathering / live / claimed until an end event, then that end. */
export function statusFromHistory(h: ThreatHistory, now?: number): ThreatStatus {
  if (!h.created) return 'none';
  if (h.end) return h.end.kind;
  if (h.funding && h.funding.gatherUntil !== 0 && h.activatedAt === undefined) return 'gathering';
  // A hold that ran out is still 'claimed' on chain until settle ends it; lists show it as live again.
  if (h.claim && (now === undefined || now < h.claim.until)) return 'claimed';
  return 'live';
}

/** A list entry from a history; undefined when the creation event is missing (outside the scanned range). */
export function summaryFromHistory(h: ThreatHistory, chainId: number, now?: number): ThreatSummary | undefined {
  const c = h.created;
  if (!c) return undefined;
  return {
    id: h.id,
    chainId,
    kind: h.odds ? 'probabilistic' : 'commitment',
    status: statusFromHistory(h, now),
    maker: c.maker,
    beneficiary: c.beneficiary,
    stake: h.stake,
    provider: c.provider,
    agreementHash: c.agreementHash,
    engagementId: c.engagementId,
    resolver: c.resolver,
    adversary: c.adversary,
    isPromise: (c.flags & 1) !== 0,
    fee: c.fee,
    deadline: c.deadline,
    start: h.odds?.start ?? h.activatedAt ?? c.timestamp ?? 0,
    timeoutAction: c.timeoutAction,
    terms: c.terms,
    ...(h.odds
      ? {
          odds: {
            beacon: h.odds.beacon,
            period: h.odds.period,
            pEscalate: h.odds.pEscalate,
            pTerminate: h.odds.pTerminate,
          },
        }
      : {}),
    ...(h.funding ? { funding: h.funding } : {}),
    ...(h.linkedTo !== undefined ? { linkedTo: h.linkedTo } : {}),
    ...(h.claim ? { claim: h.claim } : {}),
    settledPeriods: h.draws.length,
    // A live threat only ever resolves whole requests, so the last request tells what is pending now.
    pendingThrough: Math.max(h.draws.length, h.requests.at(-1)?.throughPeriod ?? 0),
    ticket: h.requests.at(-1)?.ticket ?? 0,
    created: { txHash: c.txHash, blockNumber: c.blockNumber, timestamp: c.timestamp },
    end: h.end,
  };
}
