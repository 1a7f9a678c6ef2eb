/**
 * Reads a threat's resolver state from the chain (issue #9), for the oracle desk and the public page: a panel's
 * members and approvals, a Reality.eth question's answer, bond and arbitration, an UMA assertion's liveness and
 * dispute; and the resolver's events for the evidence timeline. Chain-first: every field comes from the resolver
 * contracts, Reality.eth and UMA's oracle, never from an index.
 */
import { isAddressEqual, zeroAddress, zeroHash, type Address, type Hex, type PublicClient } from 'viem';
import {
  arbitratorAbi,
  optimisticOracleV3Abi,
  panelResolverAbi,
  realityResolverAbi,
  umaResolverAbi,
} from '../contracts/abis.generated';
import type { Deployment } from '../contracts/deployments';
import { REALITY_YES } from './calls';
import { resolverKind } from './resolution';
import type { ThreatView } from '../threats/types';
import { buildTimeline, type ResolverEvent, type TimelineEntry } from './timeline';

type ResolverDeployment = Pick<
  Deployment,
  'panelResolver' | 'realityResolver' | 'umaResolver' | 'startBlock' | 'umaOracle' | 'weth' | 'reality'
>;

/** The threat fields a resolver read needs. */
export interface ResolvedThreat {
  id: bigint;
  resolver: Address;
  adversary: Address;
  terms: string;
  deadline: number;
}

/** A panel's state: who is on it, how many must approve, who did. */
export interface PanelState {
  kind: 'panel';
  resolver: Address;
  members: Address[];
  k: number;
  grace: number;
  approvedBy: Address[];
  decided: boolean;
  heldUntil: number;
}

/** A Reality.eth question's state. `answer` is null while unanswered. */
export interface RealityState {
  kind: 'reality';
  resolver: Address;
  reality: Address;
  questionId: Hex;
  question: string;
  arbitrator: Address;
  timeout: number;
  minBond: bigint;
  /** The current answer's bond (0: unanswered). */
  bond: bigint;
  /** The least bond the next answer must carry (the minimum, or double the last). */
  nextBond: bigint;
  answer: 'yes' | 'no' | null;
  /** When the current answer becomes final (0: unanswered). */
  finalizeTs: number;
  pendingArbitration: boolean;
  finalized: boolean;
  /** The registry was told (fulfilled or released): nothing left to apply. */
  done: boolean;
  heldUntil: number;
  /** The arbitrator's fee to rule, and its owner (the local dev arbitrator rules as its owner says). */
  disputeFee: bigint;
  arbitratorOwner: Address | null;
  /** The last account that gave each answer (the arbitrator credits it on a matching ruling). */
  lastYes: Address | null;
  lastNo: Address | null;
}

/** An UMA assertion as the oracle holds it. */
export interface UmaAssertion {
  id: Hex;
  asserter: Address;
  expirationTime: number;
  settled: boolean;
  disputer: Address | null;
  /** The settled result (true: the demand was met). */
  result: boolean;
  bond: bigint;
}

/** An UMA resolver's state for one threat. */
export interface UmaState {
  kind: 'uma';
  resolver: Address;
  oracle: Address;
  weth: Address;
  bond: bigint;
  liveness: number;
  claim: string;
  pending: number;
  heldUntil: number;
  fulfilled: boolean;
  releaseDue: boolean;
  last: UmaAssertion | null;
  truthAssertion: Hex | null;
}

export type ResolverState = PanelState | RealityState | UmaState;

const fromBlock = (d: ResolverDeployment) => BigInt(d.startBlock);

/** The resolver state of threat `t`, or null when its resolver is an oracle account (it acts alone). */
export async function readResolverState(
  client: PublicClient,
  d: ResolverDeployment,
  t: ResolvedThreat,
): Promise<ResolverState | null> {
  const kind = resolverKind(t.resolver, d);
  if (kind === 'panel') return readPanel(client, d, t);
  if (kind === 'reality') return readReality(client, d, t);
  if (kind === 'uma') return readUma(client, d, t);
  return null;
}

async function readPanel(client: PublicClient, d: ResolverDeployment, t: ResolvedThreat): Promise<PanelState> {
  const [set, view] = await Promise.all([
    client.getContractEvents({
      address: t.resolver,
      abi: panelResolverAbi,
      eventName: 'PanelSet',
      args: { id: t.id },
      fromBlock: fromBlock(d),
      strict: true,
    }),
    client.readContract({ address: t.resolver, abi: panelResolverAbi, functionName: 'describe', args: [t.id] }),
  ]);
  const members = [...(set[0]?.args.members ?? [])];
  return {
    kind: 'panel',
    resolver: t.resolver,
    members,
    k: view.k,
    grace: view.grace,
    approvedBy: members.filter((_, i) => (view.approvals & (1 << i)) !== 0),
    decided: view.decided,
    heldUntil: Number(view.heldUntil),
  };
}

async function readReality(client: PublicClient, d: ResolverDeployment, t: ResolvedThreat): Promise<RealityState> {
  const [v, question, reality, answered] = await Promise.all([
    client.readContract({ address: t.resolver, abi: realityResolverAbi, functionName: 'describe', args: [t.id] }),
    client.readContract({
      address: t.resolver,
      abi: realityResolverAbi,
      functionName: 'questionText',
      args: [t.id, t.adversary, t.terms, t.deadline],
    }),
    client.readContract({ address: t.resolver, abi: realityResolverAbi, functionName: 'reality' }),
    client.getContractEvents({
      address: t.resolver,
      abi: realityResolverAbi,
      eventName: 'Answered',
      args: { id: t.id },
      fromBlock: fromBlock(d),
      strict: true,
    }),
  ]);
  const [disputeFee, arbitratorOwner] = await Promise.all([
    client
      .readContract({ address: v.arbitrator, abi: arbitratorAbi, functionName: 'getDisputeFee', args: [v.questionId] })
      .catch(() => 0n),
    client
      .readContract({ address: v.arbitrator, abi: arbitratorAbi, functionName: 'owner' })
      .catch(() => null as Address | null),
  ]);
  const mine = answered.filter((e) => e.args.questionId === v.questionId);
  const last = (yes: boolean) => mine.filter((e) => e.args.yes === yes).at(-1)?.args.answerer ?? null;
  return {
    kind: 'reality',
    resolver: t.resolver,
    reality,
    questionId: v.questionId,
    question,
    arbitrator: v.arbitrator,
    timeout: v.timeout,
    minBond: v.minBond,
    bond: v.bond,
    nextBond: nextRealityBond(v.bond, v.minBond),
    answer: v.finalizeTs === 0 ? null : v.bestAnswer === REALITY_YES ? 'yes' : 'no',
    finalizeTs: v.finalizeTs,
    pendingArbitration: v.pendingArbitration,
    finalized: v.finalized,
    done: v.done,
    heldUntil: Number(v.heldUntil),
    disputeFee,
    arbitratorOwner,
    lastYes: last(true),
    lastNo: last(false),
  };
}

/** The least bond the next answer must carry (RealityResolver.answer: the minimum first, then double the last). */
export function nextRealityBond(bond: bigint, minBond: bigint): bigint {
  const next = bond === 0n ? minBond : bond * 2n;
  return next === 0n ? 1n : next;
}

async function readUma(client: PublicClient, d: ResolverDeployment, t: ResolvedThreat): Promise<UmaState> {
  const [v, configured, oracle, weth] = await Promise.all([
    client.readContract({ address: t.resolver, abi: umaResolverAbi, functionName: 'describe', args: [t.id] }),
    client.getContractEvents({
      address: t.resolver,
      abi: umaResolverAbi,
      eventName: 'UmaConfigured',
      args: { id: t.id },
      fromBlock: fromBlock(d),
      strict: true,
    }),
    client.readContract({ address: t.resolver, abi: umaResolverAbi, functionName: 'oracle' }),
    client.readContract({ address: t.resolver, abi: umaResolverAbi, functionName: 'weth' }),
  ]);
  let last: UmaAssertion | null = null;
  if (v.lastAssertion !== zeroHash) {
    const a = await client.readContract({
      address: oracle,
      abi: optimisticOracleV3Abi,
      functionName: 'getAssertion',
      args: [v.lastAssertion],
    });
    last = {
      id: v.lastAssertion,
      asserter: a.asserter,
      expirationTime: Number(a.expirationTime),
      settled: a.settled,
      disputer: isAddressEqual(a.disputer, zeroAddress) ? null : a.disputer,
      result: a.settlementResolution,
      bond: a.bond,
    };
  }
  return {
    kind: 'uma',
    resolver: t.resolver,
    oracle,
    weth,
    bond: v.currentBond,
    liveness: Number(v.liveness),
    claim: configured[0]?.args.claim ?? '',
    pending: v.pending,
    heldUntil: Number(v.heldUntil),
    fulfilled: v.fulfilled,
    releaseDue: v.releaseDue,
    last,
    truthAssertion: v.truthAssertion === zeroHash ? null : v.truthAssertion,
  };
}

/** The resolver's events of threat `t` for the evidence timeline (oldest first), with block timestamps. */
export async function readResolverEvents(
  client: PublicClient,
  d: ResolverDeployment,
  t: Pick<ResolvedThreat, 'id' | 'resolver'>,
): Promise<ResolverEvent[]> {
  const kind = resolverKind(t.resolver, d);
  const base = { address: t.resolver, args: { id: t.id }, fromBlock: fromBlock(d), strict: true } as const;
  const out: ResolverEvent[] = [];
  const at = (l: { transactionHash: Hex; blockNumber: bigint; logIndex: number }) => ({
    txHash: l.transactionHash,
    blockNumber: l.blockNumber,
    logIndex: l.logIndex,
  });
  if (kind === 'panel') {
    const logs = await client.getContractEvents({ ...base, abi: panelResolverAbi, eventName: 'Approved' });
    for (const l of logs)
      out.push({ ...at(l), type: 'approved', who: l.args.member, evidence: l.args.evidence, count: l.args.count });
  } else if (kind === 'reality') {
    // Without an event name viem filters by address only: keep this threat's logs.
    const logs = (await client.getContractEvents({ ...base, abi: realityResolverAbi })).filter(
      (l) => (l.args as { id?: bigint }).id === t.id,
    );
    for (const l of logs) {
      if (l.eventName === 'Answered')
        out.push({ ...at(l), type: 'answered', who: l.args.answerer, yes: l.args.yes, bond: l.args.bond });
      else if (l.eventName === 'QuestionResolved') out.push({ ...at(l), type: 'question-resolved', yes: l.args.yes });
    }
  } else if (kind === 'uma') {
    const logs = (await client.getContractEvents({ ...base, abi: umaResolverAbi })).filter(
      (l) => (l.args as { id?: bigint }).id === t.id,
    );
    for (const l of logs) {
      if (l.eventName === 'FulfilmentAsserted')
        out.push({
          ...at(l),
          type: 'asserted',
          who: l.args.asserter,
          bond: l.args.bond,
          assertionId: l.args.assertionId,
        });
      else if (l.eventName === 'AssertionDisputed')
        out.push({ ...at(l), type: 'disputed', assertionId: l.args.assertionId });
      else if (l.eventName === 'AssertionResolved')
        out.push({ ...at(l), type: 'assertion-resolved', assertionId: l.args.assertionId, yes: l.args.truthful });
    }
  }
  const blocks = [...new Set(out.map((e) => e.blockNumber))];
  const times = new Map(
    await Promise.all(
      blocks.map(async (n) => [n, Number((await client.getBlock({ blockNumber: n })).timestamp)] as const),
    ),
  );
  return out.map((e) => ({ ...e, timestamp: times.get(e.blockNumber) }));
}

/** What the public page and the desk show about a threat's resolution: its state and the evidence timeline. */
export interface ResolutionView {
  state: ResolverState | null;
  timeline: TimelineEntry[];
}

/**
 * The resolution view of `threat`: its resolver's state and the timeline of evidence, resolver steps and decision.
 * A resolver read that fails leaves the state null (the timeline still shows the registry's evidence).
 */
export async function readResolutionView(
  client: PublicClient,
  d: ResolverDeployment,
  threat: ResolvedThreat & Pick<ThreatView, 'evidence' | 'end'>,
): Promise<ResolutionView> {
  const [state, events] = await Promise.all([
    readResolverState(client, d, threat).catch(() => null),
    readResolverEvents(client, d, threat).catch(() => [] as ResolverEvent[]),
  ]);
  return { state, timeline: buildTimeline({ evidence: threat.evidence, resolverEvents: events, end: threat.end }) };
}
