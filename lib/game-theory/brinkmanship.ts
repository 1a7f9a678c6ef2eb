/**
 * Brinkmanship: the threat that leaves something to chance (Schelling 1960, ch. 7–8, as formalised
 * by Dixit & Skeath, "Games of Strategy", brinkmanship chapter; white paper §7.3 and §8).
 *
 * Model. The maker threatens: unless the adversary complies, disaster (escalation) happens with
 * probability q (per the random draw). The adversary is, with probability pHardLine, a hard-line type
 * that ignores any threat (it never complies, whatever q); otherwise it is rational.
 * - Effectiveness (a rational adversary complies): comply ≥ (1 − q)·defyUnpunished + q·disaster
 *   ⟺ q ≥ qMin = (defyUnpunished − comply)/(defyUnpunished − disaster).
 * - Acceptability (the maker prefers making the threat to not threatening):
 *   (1 − pHardLine)·targetComplies + pHardLine·[(1 − q)·targetDefiesNoDisaster + q·disaster] ≥ noThreat
 *   ⟺ q ≤ qMaxRaw = [(1 − pHardLine)·targetComplies + pHardLine·targetDefiesNoDisaster − noThreat]
 *                    / [pHardLine·(targetDefiesNoDisaster − disaster)]   (+∞ when pHardLine = 0).
 * - qMax = min(1, qMaxRaw); the useful range of q is [qMin, qMax], feasible iff qMin ≤ qMax;
 *   a pure (certain) threat q = 1 is acceptable iff qMaxRaw ≥ 1.
 * Dixit & Skeath's Cuban missile crisis numbers: target {−4, 2, −8} → qMin = 0.6;
 * threatener {1, −2, −10, −2} → qMaxRaw = 0.375·(1 − p)/p, feasible iff p ≤ 3/7.8 ≈ 0.385.
 */
import { fail, finite, params, probability } from './validate';

/** The adversary's payoffs. Requires disaster < comply < defyUnpunished. */
export interface TargetPayoffs {
  /** Payoff when it complies with the demand. */
  comply: number;
  /** Payoff when it defies and disaster does not strike. */
  defyUnpunished: number;
  /** Payoff when disaster (escalation) strikes. */
  disaster: number;
}

/**
 * The maker's payoffs. Requires disaster < targetDefiesNoDisaster < targetComplies and
 * noThreat < targetComplies (otherwise no threat is worth making).
 */
export interface ThreatenerPayoffs {
  /** Payoff when the adversary complies. */
  targetComplies: number;
  /** Payoff when the adversary defies and disaster does not strike. */
  targetDefiesNoDisaster: number;
  /** Payoff when disaster strikes (it hurts the maker too). */
  disaster: number;
  /** Payoff of not making the threat at all (the status quo). */
  noThreat: number;
}

function checkTarget(target: unknown): TargetPayoffs {
  if (target === null || typeof target !== 'object')
    fail('target', 'an object { comply, defyUnpunished, disaster }', target);
  const t = target as TargetPayoffs;
  const comply = finite('target.comply', t.comply);
  const defy = finite('target.defyUnpunished', t.defyUnpunished);
  const disaster = finite('target.disaster', t.disaster);
  if (!(disaster < comply)) fail('target.disaster', `less than target.comply = ${comply}`, disaster);
  if (!(comply < defy))
    fail('target.defyUnpunished', `greater than target.comply = ${comply} (else no threat is needed)`, defy);
  return { comply, defyUnpunished: defy, disaster };
}

function checkThreatener(threatener: unknown): ThreatenerPayoffs {
  if (threatener === null || typeof threatener !== 'object') {
    fail('threatener', 'an object { targetComplies, targetDefiesNoDisaster, disaster, noThreat }', threatener);
  }
  const t = threatener as ThreatenerPayoffs;
  const complies = finite('threatener.targetComplies', t.targetComplies);
  const defies = finite('threatener.targetDefiesNoDisaster', t.targetDefiesNoDisaster);
  const disaster = finite('threatener.disaster', t.disaster);
  const noThreat = finite('threatener.noThreat', t.noThreat);
  if (!(disaster < defies))
    fail('threatener.disaster', `less than threatener.targetDefiesNoDisaster = ${defies}`, disaster);
  if (!(defies < complies)) {
    fail('threatener.targetDefiesNoDisaster', `less than threatener.targetComplies = ${complies}`, defies);
  }
  if (!(noThreat < complies))
    fail('threatener.noThreat', `less than threatener.targetComplies = ${complies}`, noThreat);
  return { targetComplies: complies, targetDefiesNoDisaster: defies, disaster, noThreat };
}

/** qMin = (defyUnpunished − comply)/(defyUnpunished − disaster), in (0, 1). */
function minimumEffectiveQ(t: TargetPayoffs): number {
  return (t.defyUnpunished - t.comply) / (t.defyUnpunished - t.disaster);
}

/** Parameters of `brinkmanshipBounds`. */
export interface BrinkmanshipParams {
  /** Probability in [0, 1] that the adversary is a type that ignores any threat. */
  pHardLine: number;
  target: TargetPayoffs;
  threatener: ThreatenerPayoffs;
}

/** The useful range [qMin, qMax] of escalation probabilities. */
export interface BrinkmanshipBounds {
  /** Smallest q that makes a rational adversary comply. */
  qMin: number;
  /** Largest q the maker finds acceptable, before capping at 1 (may exceed 1 or be negative; +∞ when pHardLine = 0). */
  qMaxRaw: number;
  /** min(1, qMaxRaw). */
  qMax: number;
  /** qMin ≤ qMax: some q is both effective and acceptable. */
  feasible: boolean;
  /** The certain threat q = 1 is acceptable (qMaxRaw ≥ 1). */
  pureThreatAcceptable: boolean;
}

/**
 * The range of escalation probabilities q that are both effective and acceptable (see the module
 * comment for the model). White paper §8: a probabilistic threat "scales down" a threat that may be
 * ignored; only q in [qMin, qMax] is worth using.
 * @throws RangeError naming the field: pHardLine ∉ [0, 1], NaN/∞ payoffs, or payoffs out of order
 * (target: disaster < comply < defyUnpunished; threatener: disaster < targetDefiesNoDisaster <
 * targetComplies, noThreat < targetComplies).
 */
export function brinkmanshipBounds(params_: BrinkmanshipParams): BrinkmanshipBounds {
  params('brinkmanshipBounds', params_);
  const h = probability('pHardLine', params_.pHardLine);
  const target = checkTarget(params_.target);
  const me = checkThreatener(params_.threatener);
  const qMin = minimumEffectiveQ(target);
  // Same as [(1 − h)·TC + h·TD − NT]/[h·(TD − D)], written as (TC − NT)/(h·(TD − D)) − (TC − TD)/(TD − D)
  // so rounding keeps it monotone in h and exact where the numerator cancels.
  const spread = me.targetDefiesNoDisaster - me.disaster;
  const qMaxRaw =
    h === 0
      ? Infinity
      : (me.targetComplies - me.noThreat) / (h * spread) - (me.targetComplies - me.targetDefiesNoDisaster) / spread;
  const qMax = Math.min(1, qMaxRaw);
  return { qMin, qMaxRaw, qMax, feasible: qMin <= qMax, pureThreatAcceptable: qMaxRaw >= 1 };
}

/** How likely a hard-line adversary may be before each kind of threat stops paying. */
export interface BrinkmanshipThresholds {
  /** Largest pHardLine for which a certain threat (q = 1) is acceptable: (TC − NT)/(TC − D), capped at 1. */
  pMaxPureThreat: number;
  /** Largest pHardLine for which q = qMin is acceptable: (TC − NT)/(TC − [(1 − qMin)·TD + qMin·D]), capped at 1. Always ≥ pMaxPureThreat. */
  pMaxBrinkmanship: number;
}

/**
 * The hard-line probabilities below which threats pay (white paper §7.3: "if the probability that X
 * is going to proceed irrationally is greater than a certain threshold, Jane is wise not to
 * proceed"). Brinkmanship (q = qMin) tolerates more risk than a certain threat.
 * Cuban missile crisis (Dixit & Skeath): pMaxPureThreat = 3/11, pMaxBrinkmanship = 3/7.8.
 * @throws RangeError naming the field: NaN/∞ payoffs or payoffs out of order (see brinkmanshipBounds).
 */
export function brinkmanshipThresholds(params_: {
  target: TargetPayoffs;
  threatener: ThreatenerPayoffs;
}): BrinkmanshipThresholds {
  params('brinkmanshipThresholds', params_);
  const target = checkTarget(params_.target);
  const me = checkThreatener(params_.threatener);
  const qMin = minimumEffectiveQ(target);
  const gain = me.targetComplies - me.noThreat;
  const pMaxPureThreat = Math.min(1, gain / (me.targetComplies - me.disaster));
  const atQMin = (1 - qMin) * me.targetDefiesNoDisaster + qMin * me.disaster;
  const pMaxBrinkmanship = Math.min(1, gain / (me.targetComplies - atQMin));
  return { pMaxPureThreat, pMaxBrinkmanship };
}

/** A dispute over an amount, as Levetrage's calculator and wizard describe it. */
export interface DisputePayoffsParams {
  /** What the adversary is asked to pay or give up (> 0). */
  demand: number;
  /** The maker's own loss if the threat escalates (≥ 0; 0 is taken as the smallest positive loss). */
  lossThreatener: number;
  /** The adversary's loss if the threat escalates (> demand, or no probability deters). */
  lossTarget: number;
}

/**
 * The brinkmanship payoffs of a dispute over `demand` — the one mapping the calculator and the wizard share:
 * adversary { comply: −demand, defyUnpunished: 0, disaster: −lossTarget };
 * maker { targetComplies: demand, targetDefiesNoDisaster: 0, disaster: −lossThreatener, noThreat: 0 }.
 * Throws a RangeError naming the field when no useful range can exist (demand ≤ 0, lossTarget ≤ demand).
 */
export function disputePayoffs(params_: DisputePayoffsParams): {
  target: TargetPayoffs;
  threatener: ThreatenerPayoffs;
} {
  params('disputePayoffs', params_);
  const demand = finite('demand', params_.demand);
  const lossThreatener = finite('lossThreatener', params_.lossThreatener);
  const lossTarget = finite('lossTarget', params_.lossTarget);
  if (!(demand > 0)) fail('demand', 'greater than 0', demand);
  if (lossThreatener < 0) fail('lossThreatener', 'at least 0', lossThreatener);
  if (!(lossTarget > demand))
    fail('lossTarget', `greater than the demand (${demand}): otherwise no probability deters`, lossTarget);
  return {
    target: { comply: -demand, defyUnpunished: 0, disaster: -lossTarget },
    // the library needs disaster < targetDefiesNoDisaster, so a zero loss becomes the smallest positive one
    threatener: {
      targetComplies: demand,
      targetDefiesNoDisaster: 0,
      disaster: -Math.max(lossThreatener, Number.MIN_VALUE),
      noThreat: 0,
    },
  };
}
