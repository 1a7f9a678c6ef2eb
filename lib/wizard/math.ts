import {
  brinkmanshipBounds,
  disputePayoffs,
  nashBargainingOnInterval,
  probabilityForTarget,
  threatOdds,
} from '../game-theory';
import { adversaryExposure, certainDrawWarning, type Exposure } from '../exposure';
import { formatPercent } from '../format';
import type { WizardValues } from './types';
import { deadlineSeconds, parseDecimal, percentToParts, periodSeconds, PROB_SCALE } from './units';

/**
 * The numbers of the "Stakes and math" step, all computed by `lib/game-theory` (the odds by its one
 * `threatOdds`; nothing computes odds here): escalation probability over time, expected cost per period and
 * to date for each side, the useful range [qMin, qMax] of the total escalation probability, and the Nash
 * bargaining benchmark.
 *
 * Modelling choices (stated to the user too):
 * - The adversary's payoffs: comply = −disputed amount, defy unpunished = 0, disaster = −adversary's loss.
 *   The maker's: adversary complies = +disputed amount, defies without disaster = 0, disaster = −maker's
 *   loss, no threat = 0. `pHardLine` = the chance the adversary ignores any threat.
 * - q, the probability that defying until the deadline ends in someone acting against the adversary, is
 *   lib/exposure's `probActed`: P(escalated within the periods before the deadline), plus the threats still
 *   live then when the timeout action escalates (the provider acts) or forfeits (the maker must act or lose the
 *   stake, so acting is how she keeps it); a commitment has q = 1 (Escalate, Forfeit) or 0 (Refund).
 * - Refund draws (pTerminate) end the threat too (`threatOdds` counts both); the typical wait is only shown
 *   without them (`timing` is null then, as on the public page).
 */

export interface WizardMath {
  /** Per-period probability (0 for a commitment). */
  p: number;
  /** Draws before the deadline (0 for a commitment). */
  periods: number;
  /** q: probability that defying until the deadline ends in escalation. */
  q: number;
  curve: { n: number; probability: number }[];
  costPerPeriod: { maker: { n: number; value: number }[]; adversary: { n: number; value: number }[] };
  costToDate: { maker: { n: number; value: number }[]; adversary: { n: number; value: number }[] };
  /** p × loss while the threat is live, for each side. */
  perPeriodWhileLive: { maker: number; adversary: number };
  medianPeriod: number | null;
  bounds: { qMin: number; qMax: number; feasible: boolean } | null;
  /** The Nash bargaining settlement in [0, disputed amount], or the reason it could not be computed. */
  nash: { x: number; atBoundary: boolean } | { error: string } | null;
  warnings: Warning[];
  /** The adversary's exposure in words, as the public page says it (lib/exposure). */
  exposure: Exposure;
}

export interface Warning {
  kind: 'too-weak' | 'too-costly' | 'infeasible' | 'empty-threat' | 'certain-draw';
  message: string;
}

/** Probabilities in the wizard's words: one decimal, two below 1% ("13.0%", "0.50%"). */
export const formatChance = (x: number) => formatPercent(x, { fixedDecimals: 1 });

/** Number of whole periods between `now` and the deadline. */
export function periodsToDeadline(
  v: Pick<WizardValues, 'deadline' | 'periodValue' | 'periodUnit'>,
  now: number,
): number {
  const secs = periodSeconds(v.periodValue, v.periodUnit);
  const dl = deadlineSeconds(v.deadline);
  if (!(secs > 0) || Number.isNaN(dl) || dl <= now) return 0;
  return Math.floor((dl - now) / secs);
}

/** "Pick p for me" from a target: escalation with probability `targetPct` % within `days` days. */
export function pickPForTarget(v: Pick<WizardValues, 'targetPct' | 'targetDays' | 'periodValue' | 'periodUnit'>): {
  p: number;
  n: number;
} {
  const target = parseDecimal(v.targetPct) / 100;
  const days = parseDecimal(v.targetDays);
  const secs = periodSeconds(v.periodValue, v.periodUnit);
  if (!(target > 0 && target < 1))
    throw new RangeError('Enter a target chance between 0% and 100% (exclusive), e.g. 50.');
  if (!(days > 0)) throw new RangeError('Enter the number of days for the target, e.g. 30.');
  if (!(secs > 0)) throw new RangeError('Enter the period length first.');
  const n = Math.floor((days * 86_400) / secs);
  if (n < 1) throw new RangeError('The target window is shorter than one period; lengthen it or shorten the period.');
  return { p: probabilityForTarget({ targetProb: target, n }).p, n };
}

function payoffs(v: WizardValues) {
  const disputed = parseDecimal(v.disputedAmount);
  const makerLoss = parseDecimal(v.makerLoss);
  const adversaryLoss = parseDecimal(v.adversaryLoss);
  const hardLine = parseDecimal(v.ignoreChancePct) / 100;
  return { disputed, makerLoss, adversaryLoss, hardLine };
}

/**
 * The useful range [qMin, qMax] of the total escalation probability (Schelling / Dixit–Skeath), or the
 * plain-words reason there is none: the range needs a disputed amount > 0 and an adversary's loss above it.
 */
export function usefulRange(v: WizardValues): { qMin: number; qMax: number; feasible: boolean } | { reason: string } {
  const { disputed, makerLoss, adversaryLoss, hardLine } = payoffs(v);
  if (![disputed, makerLoss, adversaryLoss, hardLine].every(Number.isFinite))
    return { reason: 'Enter the amount in dispute and both losses (step 6) to see the useful range.' };
  if (!(disputed > 0)) return { reason: 'Enter the amount in dispute (more than 0) to see the useful range.' };
  if (!(adversaryLoss > disputed))
    return {
      reason: `Even a certain escalation costs the adversary (${adversaryLoss}) no more than complying (${disputed}): no probability will deter them.`,
    };
  const b = brinkmanshipBounds({
    pHardLine: hardLine,
    ...disputePayoffs({ demand: disputed, lossThreatener: makerLoss, lossTarget: adversaryLoss }),
  });
  return { qMin: b.qMin, qMax: b.qMax, feasible: b.feasible };
}

/**
 * "Pick p for me" from the useful range: the middle of [qMin, qMax] as the total escalation probability
 * over the periods before the deadline, turned into a per-period p.
 */
export function pickPFromRange(
  v: WizardValues,
  now: number,
): { p: number; q: number; n: number; qMin: number; qMax: number } {
  const r = usefulRange(v);
  if ('reason' in r) throw new RangeError(r.reason);
  if (!r.feasible)
    throw new RangeError(
      'No escalation probability is both strong enough to deter and acceptable to you with these numbers.',
    );
  const n = periodsToDeadline(v, now);
  if (n < 1) throw new RangeError('Set a deadline (step 2) and a period shorter than the time to it first.');
  const q = (r.qMin + r.qMax) / 2;
  return { p: probabilityForTarget({ targetProb: q, n }).p, q, n, qMin: r.qMin, qMax: r.qMax };
}

/** Everything the math step shows. Throws RangeError (with the library's message) on unusable numbers. */
export function computeWizardMath(v: WizardValues, now: number): WizardMath {
  const { disputed, makerLoss, adversaryLoss } = payoffs(v);
  const warnings: Warning[] = [];
  const probabilistic = v.kind === 'probabilistic';
  const p = probabilistic ? percentToParts(v.pEscalatePct) / PROB_SCALE : 0;
  const pt = probabilistic && v.pTerminatePct.trim() !== '' ? percentToParts(v.pTerminatePct) / PROB_SCALE : 0;
  const periods = probabilistic ? periodsToDeadline(v, now) : 0;

  let q: number;
  let curve: WizardMath['curve'] = [];
  let costPerPeriod: WizardMath['costPerPeriod'] = { maker: [], adversary: [] };
  let costToDate: WizardMath['costToDate'] = { maker: [], adversary: [] };
  let perPeriodWhileLive = { maker: 0, adversary: 0 };
  let medianPeriod: number | null = null;
  let exposure: Exposure;
  const stake = v.stakeEth.trim() ? `${v.stakeEth.trim()} ETH` : 'whole';
  const timeoutAction = v.timeoutAction || 'refund'; // not chosen yet: nothing happens at the deadline

  if (probabilistic) {
    const odds = threatOdds({
      pEscalate: p,
      pTerminate: pt,
      periods,
      escalatesAtDeadline: v.timeoutAction === 'escalate',
      lossThreatener: makerLoss,
      lossTarget: adversaryLoss,
    });
    curve = odds.curve;
    costPerPeriod = { maker: odds.costPerPeriod.threatener, adversary: odds.costPerPeriod.target };
    costToDate = { maker: odds.costToDate.threatener, adversary: odds.costToDate.target };
    perPeriodWhileLive = { maker: odds.perPeriod.threatener, adversary: odds.perPeriod.target };
    medianPeriod = odds.timing?.medianPeriod ?? null;
    exposure = adversaryExposure({
      kind: 'probabilistic',
      timeoutAction,
      stake,
      probDrawsEscalate: odds.byDeadline.probEscalated,
      probLiveAtDeadline: odds.byDeadline.probStillLive,
    });
    // escalating at the timeout adds the threats still live then; forfeiting commits the maker to act then
    q = exposure.probActed;
    const certain = certainDrawWarning(p);
    if (certain) warnings.push({ kind: 'certain-draw', message: certain });
  } else {
    exposure = adversaryExposure({ kind: 'commitment', timeoutAction, stake });
    q = exposure.probActed;
    if (q === 0)
      warnings.push({
        kind: 'empty-threat',
        message:
          'With a refund at the deadline this commitment costs the adversary nothing if they wait: choose forfeit or escalate to make it bind.',
      });
  }

  let bounds: WizardMath['bounds'] = null;
  const range = usefulRange(v);
  if ('reason' in range)
    warnings.push({ kind: range.reason.startsWith('Even') ? 'too-weak' : 'infeasible', message: range.reason });
  else bounds = range;
  if (!bounds) {
    /* reason already given */
  } else if (!bounds.feasible)
    warnings.push({
      kind: 'infeasible',
      message: `No threat works with these numbers: deterring needs at least ${formatChance(bounds.qMin)} escalation, but more than ${formatChance(bounds.qMax)} costs you more than you stand to gain.`,
    });
  else if (q < bounds.qMin)
    warnings.push({
      kind: 'too-weak',
      message: `Too weak to deter: defying until the deadline ends in escalation with probability ${formatChance(q)}, below the ${formatChance(bounds.qMin)} that makes complying the adversary’s better choice.`,
    });
  else if (q > bounds.qMax)
    warnings.push({
      kind: 'too-costly',
      message: `Too costly to you: an escalation probability of ${formatChance(q)} is above ${formatChance(bounds.qMax)}, where the risk that the adversary ignores the threat outweighs what you gain.`,
    });

  let nash: WizardMath['nash'] = null;
  if (disputed > 0) {
    try {
      const r = nashBargainingOnInterval({
        interval: [0, disputed],
        u1: { type: 'linear', intercept: 0, slope: 1 },
        u2: { type: 'linear', intercept: 0, slope: -1 },
        d1: -makerLoss,
        d2: -adversaryLoss,
      });
      nash = { x: r.x, atBoundary: r.atBoundary };
    } catch (e) {
      nash = { error: (e as Error).message };
    }
  }

  return {
    p,
    periods,
    q,
    curve,
    costPerPeriod,
    costToDate,
    perPeriodWhileLive,
    medianPeriod,
    bounds,
    nash,
    warnings,
    exposure,
  };
}
