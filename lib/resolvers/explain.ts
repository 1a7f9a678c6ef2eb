/**
 * Plain words about a threat's resolution (issue #9): who decides, how long it takes, what it costs and what
 * happens at the deadline, and the warnings for weak choices. One source for the wizard's Resolution step, the
 * oracle desk and the public page's "How to comply". Pure: no React, no RPC.
 * The deadline rule it restates is docs/oracles.md ("claims strictly before the deadline hold, bonded and
 * bounded; draws are deferred, never skipped").
 */
import { isAddressEqual, type Address } from 'viem';
import { formatDuration, formatEth, shortAddress } from '../format';
import type { Resolution } from './resolution';

/** Seconds a panel that still needs approvals may hold the threat past its deadline (once, fixed at creation). */
export const PANEL_GRACE_SECONDS = 86_400;
/** Reality.eth resolver limits (contracts/src/resolvers/RealityResolver.sol). */
export const REALITY_MAX_TIMEOUT = 7 * 86_400;
/** Time after finalization for anyone to apply a result (both resolvers' SETTLE_WINDOW). */
export const SETTLE_WINDOW_SECONDS = 86_400;
/** UMA resolver limit (contracts/src/resolvers/UmaResolver.sol MAX_LIVENESS). */
export const UMA_MAX_LIVENESS = 7 * 86_400;

/** The four plain answers about a resolution. */
export interface ResolutionExplanation {
  /** A short name of the kind ("A panel of 3 named oracles, 2 of whom must approve"). */
  title: string;
  whoDecides: string;
  howLong: string;
  cost: string;
  atDeadline: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Explains resolution `r` in words. */
export function explainResolution(r: Resolution): ResolutionExplanation {
  switch (r.kind) {
    case 'oracle':
      return {
        title: 'One named oracle',
        whoDecides: `One account (${shortAddress(r.oracle)}) decides alone: it marks the demand fulfilled when it has seen the evidence.`,
        howLong: 'As fast as that oracle acts: one transaction.',
        cost: 'Only the oracle’s transaction fee. No bond: you trust that oracle.',
        atDeadline:
          'Only a fulfilment recorded strictly before the deadline counts. An oracle that is a minute late cannot save the adversary.',
      };
    case 'panel': {
      const { k, members } = r;
      const n = members.length;
      return {
        title: `A panel of ${plural(n, 'named oracle')}, ${k} of whom must approve`,
        whoDecides:
          k === 1
            ? `Any one of the ${plural(n, 'oracle')} can mark the demand fulfilled alone.`
            : `${k} distinct approvals out of the ${n} named oracles fulfil the demand. Each approves with a transaction, or signs (EIP-712) and anyone submits the signatures.`,
        howLong: k === 1 ? 'One transaction by any member.' : `Until the ${ordinal(k)} approval arrives.`,
        cost: 'Only transaction fees. No bond: you trust the panel, and no single member can decide alone when k > 1.',
        atDeadline:
          r.grace > 0
            ? `Approvals count strictly before the deadline. Once the first approval is in and more are needed close to the deadline (or the threat has draws), the panel holds the threat once, for at most ${formatDuration(r.grace)}; draws due meanwhile are deferred, never skipped.`
            : 'Approvals count strictly before the deadline; the panel never holds the threat.',
      };
    }
    case 'reality':
      return {
        title: 'A public Reality.eth question',
        whoDecides: `Anyone answers “yes” or “no” with a bond in ETH; each new answer must at least double the last bond, so lying gets expensive. If nobody outbids the last answer within ${formatDuration(r.timeout)}, it stands. Anyone can pay the arbitrator (${shortAddress(r.arbitrator)}) to rule instead, and its ruling is final.`,
        howLong: `At least ${formatDuration(r.timeout)} after the last answer; longer if answers are challenged or the arbitrator is asked.`,
        cost: `The first answer bonds at least ${formatEth(r.minBond)}. Bonds go to whoever gave the final answer; a wrong answerer loses theirs. An arbitration costs the arbitrator’s fee.`,
        atDeadline: `A “yes” answered strictly before the deadline is a claim: the threat waits (held, bounded by the registry’s maximum hold) until the question finalizes, plus ${formatDuration(SETTLE_WINDOW_SECONDS)} for anyone to apply it. A final “yes” then fulfils; anything else and the threat continues. Draws due meanwhile are deferred, never skipped.`,
      };
    case 'uma':
      return {
        title: 'An UMA optimistic assertion',
        whoDecides: `Anyone asserts that the demand was met, with a bond of ${formatEth(r.bond)} (WETH). If nobody disputes it within ${formatDuration(r.liveness)}, it is true. A disputer posts the same bond and UMA’s token holders vote; the loser’s bond goes to the winner.`,
        howLong: `${formatDuration(r.liveness)} after the assertion when undisputed; a dispute takes the days of UMA’s vote.`,
        cost: `A bond of ${formatEth(r.bond)} from the asserter (returned when the assertion stands) and as much from any disputer.`,
        atDeadline: `An assertion made strictly before the deadline is a claim: the threat waits (held for the liveness plus ${formatDuration(SETTLE_WINDOW_SECONDS)}, longer for a vote, bounded by the registry’s maximum hold). A true assertion then fulfils; a false one and the threat continues. Draws due meanwhile are deferred, never skipped.`,
      };
  }
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A weak choice, with what it means for the threat. */
export interface ResolutionWarning {
  code: 'maker-alone' | 'maker-on-panel' | 'timeout-past-deadline' | 'liveness-past-deadline';
  message: string;
}

/** What the warnings need: the maker (connected wallet) and the time left until the deadline. */
export interface WarningContext {
  maker?: Address;
  /** Seconds from now to the deadline (NaN or undefined: unknown). */
  timeLeft?: number;
}

/** Warnings for weak choices: k = 1 with the maker among the oracles; a timeout or liveness longer than the time left. */
export function resolutionWarnings(r: Resolution, ctx: WarningContext): ResolutionWarning[] {
  const out: ResolutionWarning[] = [];
  const isMaker = (a: Address) => !!ctx.maker && isAddressEqual(a, ctx.maker);
  const left = ctx.timeLeft;
  const known = left !== undefined && Number.isFinite(left);
  if (r.kind === 'oracle' && isMaker(r.oracle)) {
    out.push({
      code: 'maker-alone',
      message:
        'You are the only terminator: you can end this threat yourself. The adversary knows it too: a threat its maker can cancel is weaker, because they may bet you will back down (white paper §7.3, §10.1). For the strongest threat, leave it to an oracle.',
    });
  }
  if (r.kind === 'panel' && r.k === 1 && r.members.some(isMaker)) {
    out.push({
      code: 'maker-on-panel',
      message:
        'With k = 1 and you among the oracles, you can end this threat alone. The adversary knows it too: a threat its maker can cancel is weaker. Raise k, or leave yourself out.',
    });
  }
  if (r.kind === 'reality' && known && r.timeout > left) {
    out.push({
      code: 'timeout-past-deadline',
      message: `The answer timeout (${formatDuration(r.timeout)}) is longer than the time left until the deadline (${formatDuration(left)}): even an answer given now finalizes after the deadline, so every claim will hold the threat past it. Choose a shorter timeout or a later deadline.`,
    });
  }
  if (r.kind === 'uma' && known && r.liveness > left) {
    out.push({
      code: 'liveness-past-deadline',
      message: `The liveness (${formatDuration(r.liveness)}) is longer than the time left until the deadline (${formatDuration(left)}): every assertion will hold the threat past it. Choose a shorter liveness or a later deadline.`,
    });
  }
  return out;
}
