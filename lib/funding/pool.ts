/**
 * Backers and pledge pools in words and numbers (white paper sections 10.4, 12.1, 12.2, 12.5): the progress of a
 * pool to its threshold, how much more a threat takes, and which of join / leave / activate / reclaim an account
 * can do now, each refusal with its reason. Pure: reads a ThreatView and the chain's time, mirrors the rules of
 * `LevetrageExtension` (join, leave, activate, reclaim) and `settle` (a pool past its date is cancelled).
 */
import type { Address } from 'viem';
import { formatDate, formatEth, parseEthInput } from '../format';
import type { ThreatFunder, ThreatView } from '../threats/types';

/** What the functions here read of a threat. */
export type FundedThreat = Pick<
  ThreatView,
  'id' | 'status' | 'stake' | 'funding' | 'funders' | 'maker' | 'beneficiary'
>;

/** Where a pool stands against its threshold. */
export interface PoolProgress {
  /** Funders counted by the registry: pledgers plus the organiser while her own share is not zero. */
  pledgers: number;
  total: bigint;
  minPledgers: number;
  minTotal: bigint;
  /** Each threshold that is used (non-zero) is met; both must be for the pool to go live. */
  pledgersMet: boolean;
  totalMet: boolean;
  met: boolean;
  gatherUntil: number;
  /**
   * gathering: collecting, threshold not met; ready: threshold met, anyone can activate; failed: the date passed
   * short of the threshold (settle cancels it, then everyone reclaims); live: activated; cancelled; ended.
   */
  phase: 'gathering' | 'ready' | 'failed' | 'live' | 'cancelled' | 'ended';
  /** 0..1: the lesser of the used thresholds' progress (what is still missing decides). */
  fraction: number;
}

/** The stake backers and pledgers added (the rest is the maker's own share). */
export function backedTotal(funders: readonly ThreatFunder[]): bigint {
  return funders.reduce((s, f) => s + f.amount, 0n);
}

/** The organiser's own share: what she staked at creation (and keeps in the pool). */
export function makerShare(t: Pick<FundedThreat, 'stake' | 'funders'>): bigint {
  const own = t.stake - backedTotal(t.funders.filter((f) => !f.reclaimed));
  return own > 0n ? own : 0n;
}

/** Whether the threat is a pledge pool. */
export function isPool(t: Pick<FundedThreat, 'funding'>): boolean {
  return !!t.funding && t.funding.gatherUntil > 0;
}

/** A pool's progress to its threshold at chain time `now` (null when the threat is not a pool). */
export function poolProgress(t: FundedThreat, now: number): PoolProgress | null {
  const f = t.funding;
  if (!f || f.gatherUntil === 0) return null;
  const active = t.funders.filter((x) => x.amount > 0n);
  const pledgers = active.length + (makerShare(t) > 0n ? 1 : 0);
  const total = t.stake;
  const pledgersMet = pledgers >= f.minPledgers;
  const totalMet = total >= f.minTotal && total > 0n;
  const met = pledgersMet && totalMet;
  const parts: number[] = [];
  if (f.minPledgers > 0) parts.push(Math.min(1, pledgers / f.minPledgers));
  if (f.minTotal > 0n) parts.push(Math.min(1, Number((total * 10_000n) / f.minTotal) / 10_000));
  const fraction = parts.length ? Math.min(...parts) : 1;
  let phase: PoolProgress['phase'];
  if (t.status === 'gathering') phase = now > f.gatherUntil ? 'failed' : met ? 'ready' : 'gathering';
  else if (t.status === 'cancelled') phase = 'cancelled';
  else if (t.status === 'live' || t.status === 'claimed') phase = 'live';
  else phase = 'ended';
  return {
    pledgers,
    total,
    minPledgers: f.minPledgers,
    minTotal: f.minTotal,
    pledgersMet,
    totalMet,
    met,
    gatherUntil: f.gatherUntil,
    phase,
    fraction,
  };
}

/** The threshold in words: "3 pledgers and 2 ETH" (only the parts in use). */
export function thresholdText(p: Pick<PoolProgress, 'minPledgers' | 'minTotal'>): string {
  const parts: string[] = [];
  if (p.minPledgers > 0) parts.push(`${p.minPledgers} pledger${p.minPledgers === 1 ? '' : 's'}`);
  if (p.minTotal > 0n) parts.push(formatEth(p.minTotal));
  return parts.join(' and ');
}

/** How much more stake the threat takes under its cap (0 when closed to others). */
export function roomUnderCap(t: Pick<FundedThreat, 'stake' | 'funding'>): bigint {
  const cap = t.funding?.cap ?? 0n;
  return cap > t.stake ? cap - t.stake : 0n;
}

/** Why `account` cannot add stake now (null: it can), in words. */
export function joinBlock(t: FundedThreat, now: number): string | null {
  const id = `#${t.id.toString()}`;
  if (!t.funding || t.funding.cap === 0n) return `Threat ${id} does not accept stake from anyone but its maker.`;
  if (t.status === 'gathering') {
    if (now > t.funding.gatherUntil)
      return `The pool gathered pledges until ${formatDate(t.funding.gatherUntil)}: it is too late to join.`;
  } else if (t.status !== 'live' && t.status !== 'claimed') {
    return `Threat ${id} is ${t.status}: it takes no more stake.`;
  }
  if (roomUnderCap(t) === 0n) return `Threat ${id} already holds its cap of ${formatEth(t.funding.cap)}.`;
  return null;
}

/** Checks a typed amount to add; returns the wei or the problem in words. */
export function checkJoinAmount(
  t: FundedThreat,
  text: string,
): { ok: true; wei: bigint } | { ok: false; error: string } {
  const parsed = parseEthInput(text);
  if (!parsed.ok) return parsed;
  if (parsed.wei === 0n) return { ok: false, error: 'Enter more than 0 ETH.' };
  const room = roomUnderCap(t);
  if (parsed.wei > room) {
    const cap = t.funding?.cap ?? 0n;
    return {
      ok: false,
      error: `Threat #${t.id.toString()} takes at most ${formatEth(cap)} in all and holds ${formatEth(t.stake)}: you can add at most ${formatEth(room)}.`,
    };
  }
  return parsed;
}

/** The share `account` added (0 when none, or already reclaimed). */
export function shareOf(t: Pick<FundedThreat, 'funders'>, account: Address | undefined): bigint {
  if (!account) return 0n;
  const f = t.funders.find((x) => x.account.toLowerCase() === account.toLowerCase());
  return f && !f.reclaimed ? f.amount : 0n;
}

/** Why the pledge cannot be taken back now (null: it can). */
export function leaveBlock(t: FundedThreat, account: Address | undefined): string | null {
  if (t.status !== 'gathering')
    return t.status === 'live' || t.status === 'claimed'
      ? 'The pool went live: pledges are locked in until the threat ends, like any stake.'
      : `The pool is ${t.status}: a pledge can be taken back only while it is gathering.`;
  if (shareOf(t, account) === 0n) return 'This wallet has no pledge in this pool.';
  return null;
}

/** Why the pool cannot be activated now (null: it can). */
export function activateBlock(t: FundedThreat, now: number): string | null {
  const p = poolProgress(t, now);
  if (!p) return 'This threat is not a pool.';
  if (p.phase === 'failed')
    return `The gathering date (${formatDate(p.gatherUntil)}) passed short of the threshold: the pool can only be cancelled now.`;
  if (p.phase !== 'gathering' && p.phase !== 'ready') return 'The pool is no longer gathering.';
  if (!p.met) return `The threshold (${thresholdText(p)}) is not reached yet.`;
  return null;
}

/** What taking one's share back needs now: nothing possible, a reclaim, or a settle (cancel) first. */
export type ReclaimPlan = { kind: 'blocked'; reason: string } | { kind: 'reclaim' } | { kind: 'cancel-then-reclaim' };

/** How `account` takes its share back from a refunded, fulfilled or cancelled threat (or a failed pool). */
export function reclaimPlan(t: FundedThreat, account: Address | undefined, now: number): ReclaimPlan {
  if (shareOf(t, account) === 0n) return { kind: 'blocked', reason: 'This wallet has no share here to take back.' };
  if (t.status === 'fulfilled' || t.status === 'refunded' || t.status === 'cancelled') return { kind: 'reclaim' };
  if (t.status === 'gathering' && t.funding && now > t.funding.gatherUntil) return { kind: 'cancel-then-reclaim' };
  if (t.status === 'escalated') return { kind: 'blocked', reason: 'The stake was paid to the provider on escalation.' };
  if (t.status === 'forfeited') return { kind: 'blocked', reason: 'The stake was forfeited to NASH holders.' };
  return { kind: 'blocked', reason: 'Shares come back when the threat is fulfilled, refunded or cancelled.' };
}
