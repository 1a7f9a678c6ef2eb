import { describe, expect, it } from 'vitest';
import {
  breakdownBargaining,
  breakdownLimit,
  brinkmanshipBounds,
  brinkmanshipThresholds,
  escalationOrTermination,
  escalationProbability,
  escalationTiming,
  expectedCostByPeriod,
  expectedCostPerPeriod,
  kalaiSmorodinsky,
  nashBargaining,
  nashBargainingOnInterval,
  probabilityForTarget,
  rubinstein,
  rubinsteinFixedCost,
  rubinsteinFromRates,
  type Utility,
} from './index';

/**
 * Every invalid-input path throws a RangeError whose message starts with the field name and states
 * the allowed range. Each row: [what, call, message prefix].
 */
const lin: Utility = { type: 'linear', intercept: 0, slope: 1 };
const neg: Utility = { type: 'linear', intercept: 0, slope: -1 };
const target = { comply: -4, defyUnpunished: 2, disaster: -8 };
const threatener = { targetComplies: 1, targetDefiesNoDisaster: -2, disaster: -10, noThreat: -2 };
const frontier = (u: number) => 1 - u;
// Casts let the tests pass wrong types the way untyped callers (URL params, JSON) could.
const any = (v: unknown) => v as never;

const cases: Array<[string, () => unknown, RegExp]> = [
  // nashBargaining
  [
    'nash: no parameter object',
    () => nashBargaining(any(undefined)),
    /^nashBargaining must be called with a parameter object/,
  ],
  [
    'nash: surplus 0',
    () => nashBargaining({ surplus: 0, d1: 0, d2: 0 }),
    /^surplus must be a finite number > 0; got 0$/,
  ],
  ['nash: surplus NaN', () => nashBargaining({ surplus: NaN, d1: 0, d2: 0 }), /^surplus must be .*; got NaN$/],
  [
    'nash: d1 Infinity',
    () => nashBargaining({ surplus: 1, d1: Infinity, d2: 0 }),
    /^d1 must be a finite number; got Infinity$/,
  ],
  [
    'nash: d2 string',
    () => nashBargaining({ surplus: 1, d1: 0, d2: any('0') }),
    /^d2 must be a finite number; got "0"$/,
  ],
  ['nash: tau1 = 1', () => nashBargaining({ surplus: 1, d1: 0, d2: 0, tau1: 1 }), /^tau1 must be in \(0, 1\); got 1$/],
  [
    'nash: tau1 NaN',
    () => nashBargaining({ surplus: 1, d1: 0, d2: 0, tau1: NaN }),
    /^tau1 must be in \(0, 1\); got NaN$/,
  ],
  [
    'nash: infeasible d',
    () => nashBargaining({ surplus: 10, d1: 8, d2: 5 }),
    /^d1, d2 must be a disagreement point that some split of surplus = 10 beats for both players; got \[8,5\]$/,
  ],
  [
    'nash: infeasible d (numeric)',
    () => nashBargaining({ surplus: 10, d1: 8, d2: 5, u1: (x) => x }),
    /^d1, d2 must be a disagreement point/,
  ],
  [
    'nash: decreasing linear u1',
    () => nashBargaining({ surplus: 1, d1: 0, d2: 0, u1: neg }),
    /^u1\.slope must be a finite number > 0; got -1$/,
  ],
  [
    'nash: power exponent 1.5',
    () => nashBargaining({ surplus: 1, d1: 0, d2: 0, u2: { type: 'power', exponent: 1.5 } }),
    /^u2\.exponent must be in \(0, 1\] \(a concave power\); got 1\.5$/,
  ],
  [
    'nash: power exponent 0',
    () => nashBargaining({ surplus: 1, d1: 0, d2: 0, u2: { type: 'power', exponent: 0 } }),
    /^u2\.exponent must be in \(0, 1\]/,
  ],
  [
    'nash: crra rho < 0',
    () => nashBargaining({ surplus: 1, d1: 0, d2: 0, u1: { type: 'crra', rho: -1, wealth: 1 } }),
    /^u1\.rho must be a finite number ≥ 0; got -1$/,
  ],
  [
    'nash: crra wealth NaN',
    () => nashBargaining({ surplus: 1, d1: 0, d2: 0, u1: { type: 'crra', rho: 1, wealth: NaN } }),
    /^u1\.wealth must be a finite number; got NaN$/,
  ],
  [
    'nash: unknown utility type',
    () => nashBargaining({ surplus: 1, d1: 0, d2: 0, u1: any({ type: 'cubic' }) }),
    /^u1\.type must be 'linear', 'power' or 'crra'; got "cubic"$/,
  ],
  [
    'nash: utility not an object',
    () => nashBargaining({ surplus: 1, d1: 0, d2: 0, u1: any(3) }),
    /^u1 must be a utility/,
  ],
  [
    'nash: linear intercept NaN',
    () => nashBargaining({ surplus: 1, d1: 0, d2: 0, u1: { type: 'linear', intercept: NaN, slope: 1 } }),
    /^u1\.intercept must be a finite number; got NaN$/,
  ],
  // nashBargainingOnInterval
  [
    'interval: reversed',
    () => nashBargainingOnInterval({ interval: [5, 1], u1: lin, u2: neg, d1: 0, d2: -10 }),
    /^interval must be a finite interval \[lo, hi\] with lo < hi; got \[5,1\]$/,
  ],
  [
    'interval: not a pair',
    () => nashBargainingOnInterval({ interval: any([1]), u1: lin, u2: neg, d1: 0, d2: -10 }),
    /^interval must be a finite interval/,
  ],
  [
    'interval: zero slope',
    () =>
      nashBargainingOnInterval({
        interval: [0, 1],
        u1: { type: 'linear', intercept: 0, slope: 0 },
        u2: neg,
        d1: 0,
        d2: -10,
      }),
    /^u1\.slope must be a finite non-zero number; got 0$/,
  ],
  [
    'interval: infeasible d',
    () => nashBargainingOnInterval({ interval: [0, 13_000], u1: lin, u2: neg, d1: 20_000, d2: -100_000 }),
    /^d1, d2 must be a disagreement point that some x in \[0, 13000\] beats for both players/,
  ],
  [
    'interval: infeasible d (numeric)',
    () => nashBargainingOnInterval({ interval: [0, 13_000], u1: (x) => x, u2: (x) => -x, d1: 20_000, d2: -100_000 }),
    /^d1, d2 must be a disagreement point/,
  ],
  [
    'interval: d2 NaN',
    () => nashBargainingOnInterval({ interval: [0, 1], u1: lin, u2: neg, d1: 0, d2: NaN }),
    /^d2 must be a finite number; got NaN$/,
  ],
  // kalaiSmorodinsky
  [
    'ks: frontier not a function',
    () => kalaiSmorodinsky({ frontier: any(1), u1Range: [0, 1], d1: 0, d2: 0 }),
    /^frontier must be a function u1 => u2; got 1$/,
  ],
  [
    'ks: frontier increasing',
    () => kalaiSmorodinsky({ frontier: (u) => u, u1Range: [0, 1], d1: 0, d2: 0 }),
    /^frontier must be non-increasing on u1Range \[0, 1\]/,
  ],
  [
    'ks: frontier NaN',
    () => kalaiSmorodinsky({ frontier: (u) => Math.sqrt(0.5 - u), u1Range: [0, 1], d1: 0, d2: 0 }),
    /^frontier must be finite on u1Range \[0, 1\]/,
  ],
  [
    'ks: bad u1Range',
    () => kalaiSmorodinsky({ frontier, u1Range: [1, 1], d1: 0, d2: 0 }),
    /^u1Range must be a finite interval/,
  ],
  [
    'ks: infeasible d',
    () => kalaiSmorodinsky({ frontier, u1Range: [0, 1], d1: 0.6, d2: 0.6 }),
    /^d1, d2 must be a disagreement point that some point of the frontier beats/,
  ],
  [
    'ks: d1 beyond the range',
    () => kalaiSmorodinsky({ frontier, u1Range: [0, 1], d1: 2, d2: -5 }),
    /^d1, d2 must be a disagreement point/,
  ],
  [
    'ks: d1 NaN',
    () => kalaiSmorodinsky({ frontier, u1Range: [0, 1], d1: NaN, d2: 0 }),
    /^d1 must be a finite number; got NaN$/,
  ],
  // rubinstein
  [
    'rubinstein: negative surplus',
    () => rubinstein({ surplus: -1, delta1: 0.9, delta2: 0.9, firstProposer: 1 }),
    /^surplus must be a finite number ≥ 0; got -1$/,
  ],
  [
    'rubinstein: delta1 = 1',
    () => rubinstein({ surplus: 1, delta1: 1, delta2: 0.9, firstProposer: 1 }),
    /^delta1 must be in \(0, 1\); got 1$/,
  ],
  [
    'rubinstein: delta2 = 0',
    () => rubinstein({ surplus: 1, delta1: 0.9, delta2: 0, firstProposer: 1 }),
    /^delta2 must be in \(0, 1\); got 0$/,
  ],
  [
    'rubinstein: firstProposer 3',
    () => rubinstein({ surplus: 1, delta1: 0.9, delta2: 0.9, firstProposer: any(3) }),
    /^firstProposer must be 1 or 2; got 3$/,
  ],
  [
    'rates: r1 = 0',
    () => rubinsteinFromRates({ surplus: 1, r1: 0, r2: 0.1, periodLength: 1, firstProposer: 1 }),
    /^r1 must be a finite number > 0; got 0$/,
  ],
  [
    'rates: r2 negative',
    () => rubinsteinFromRates({ surplus: 1, r1: 0.1, r2: -0.1, periodLength: 1, firstProposer: 1 }),
    /^r2 must be a finite number > 0; got -0\.1$/,
  ],
  [
    'rates: periodLength negative',
    () => rubinsteinFromRates({ surplus: 1, r1: 0.1, r2: 0.1, periodLength: -1, firstProposer: 1 }),
    /^periodLength must be a finite number > 0; got -1$/,
  ],
  [
    'rates: δ underflows to 0',
    () => rubinsteinFromRates({ surplus: 1, r1: 1e3, r2: 0.1, periodLength: 1e3, firstProposer: 1 }),
    /^r1 · periodLength must be such that δ1 = exp\(−r1·Δ\) is in \(0, 1\)/,
  ],
  [
    'rates: δ rounds to 1',
    () => rubinsteinFromRates({ surplus: 1, r1: 0.1, r2: 1e-300, periodLength: 1, firstProposer: 1 }),
    /^r2 · periodLength must be such that δ2/,
  ],
  [
    'rates: surplus NaN',
    () => rubinsteinFromRates({ surplus: NaN, r1: 0.1, r2: 0.1, periodLength: 1, firstProposer: 1 }),
    /^surplus must be a finite number ≥ 0; got NaN$/,
  ],
  [
    'fixed cost: c1 = 0',
    () => rubinsteinFixedCost({ c1: 0, c2: 0.1, firstProposer: 1 }),
    /^c1 must be in \(0, 1\); got 0$/,
  ],
  [
    'fixed cost: c2 = 1',
    () => rubinsteinFixedCost({ c1: 0.1, c2: 1, firstProposer: 1 }),
    /^c2 must be in \(0, 1\); got 1$/,
  ],
  [
    'fixed cost: negative c1',
    () => rubinsteinFixedCost({ c1: -0.1, c2: 0.1, firstProposer: 1 }),
    /^c1 must be in \(0, 1\); got -0\.1$/,
  ],
  [
    'fixed cost: proposer 0',
    () => rubinsteinFixedCost({ c1: 0.1, c2: 0.1, firstProposer: any(0) }),
    /^firstProposer must be 1 or 2; got 0$/,
  ],
  // breakdown
  [
    'breakdown: b1 negative',
    () => breakdownBargaining({ surplus: 1, b1: -0.1, b2: 0, breakdownProb: 0.1, firstProposer: 1 }),
    /^b1 must be a finite number ≥ 0; got -0\.1$/,
  ],
  [
    'breakdown: b1 + b2 ≥ surplus',
    () => breakdownBargaining({ surplus: 1, b1: 0.5, b2: 0.5, breakdownProb: 0.1, firstProposer: 1 }),
    /^b1 \+ b2 must be less than surplus = 1/,
  ],
  [
    'breakdown: p > 1',
    () => breakdownBargaining({ surplus: 1, b1: 0, b2: 0, breakdownProb: 1.5, firstProposer: 1 }),
    /^breakdownProb must be a probability in \[0, 1\]; got 1\.5$/,
  ],
  [
    'breakdown: p = 0 without discounting',
    () => breakdownBargaining({ surplus: 1, b1: 0, b2: 0, breakdownProb: 0, firstProposer: 1 }),
    /^breakdownProb must be in \(0, 1\] when delta1 = delta2 = 1/,
  ],
  [
    'breakdown: delta1 = 0',
    () => breakdownBargaining({ surplus: 1, b1: 0, b2: 0, breakdownProb: 0.1, firstProposer: 1, delta1: 0 }),
    /^delta1 must be in \(0, 1\]; got 0$/,
  ],
  [
    'breakdown: delta2 > 1',
    () => breakdownBargaining({ surplus: 1, b1: 0, b2: 0, breakdownProb: 0.1, firstProposer: 1, delta2: 1.1 }),
    /^delta2 must be in \(0, 1\]; got 1\.1$/,
  ],
  [
    'breakdown: surplus 0',
    () => breakdownBargaining({ surplus: 0, b1: 0, b2: 0, breakdownProb: 0.1, firstProposer: 1 }),
    /^surplus must be a finite number > 0; got 0$/,
  ],
  [
    'limit: r1 negative',
    () => breakdownLimit({ surplus: 1, r1: -1, r2: 0, breakdownRate: 1, b1: 0, b2: 0 }),
    /^r1 must be a finite number ≥ 0; got -1$/,
  ],
  [
    'limit: breakdownRate NaN',
    () => breakdownLimit({ surplus: 1, r1: 0, r2: 0, breakdownRate: NaN, b1: 0, b2: 0 }),
    /^breakdownRate must be a finite number ≥ 0; got NaN$/,
  ],
  [
    'limit: no friction for player 1',
    () => breakdownLimit({ surplus: 1, r1: 0, r2: 1, breakdownRate: 0, b1: 0, b2: 0 }),
    /^breakdownRate \+ r1 must be > 0/,
  ],
  [
    'limit: no friction for player 2',
    () => breakdownLimit({ surplus: 1, r1: 1, r2: 0, breakdownRate: 0, b1: 0, b2: 0 }),
    /^breakdownRate \+ r2 must be > 0/,
  ],
  [
    'limit: b1 + b2 ≥ surplus',
    () => breakdownLimit({ surplus: 1, r1: 1, r2: 1, breakdownRate: 1, b1: 1, b2: 0 }),
    /^b1 \+ b2 must be less than surplus = 1/,
  ],
  [
    'limit: b2 negative',
    () => breakdownLimit({ surplus: 1, r1: 1, r2: 1, breakdownRate: 1, b1: 0, b2: -2 }),
    /^b2 must be a finite number ≥ 0; got -2$/,
  ],
  // escalation
  [
    'escalation: p > 1',
    () => escalationProbability({ p: 1.2, n: 3 }),
    /^p must be a probability in \[0, 1\]; got 1\.2$/,
  ],
  [
    'escalation: p negative',
    () => escalationProbability({ p: -0.1, n: 3 }),
    /^p must be a probability in \[0, 1\]; got -0\.1$/,
  ],
  [
    'escalation: p NaN',
    () => escalationProbability({ p: NaN, n: 3 }),
    /^p must be a probability in \[0, 1\]; got NaN$/,
  ],
  [
    'escalation: n negative',
    () => escalationProbability({ p: 0.1, n: -1 }),
    /^n must be a non-negative integer \(a number of periods\); got -1$/,
  ],
  ['escalation: n fractional', () => escalationProbability({ p: 0.1, n: 1.5 }), /^n must be a non-negative integer/],
  ['timing: p = 0', () => escalationTiming({ p: 0 }), /^p must be a probability in \(0, 1\]; got 0$/],
  ['timing: p > 1', () => escalationTiming({ p: 2 }), /^p must be a probability in \(0, 1\]; got 2$/],
  [
    'cost: negative lossThreatener',
    () => expectedCostPerPeriod({ p: 0.05, lossThreatener: -2000, lossTarget: 100000 }),
    /^lossThreatener must be a finite number ≥ 0; got -2000$/,
  ],
  [
    'cost: lossTarget NaN',
    () => expectedCostPerPeriod({ p: 0.05, lossThreatener: 2000, lossTarget: NaN }),
    /^lossTarget must be a finite number ≥ 0; got NaN$/,
  ],
  [
    'cost: p > 1',
    () => expectedCostPerPeriod({ p: 5, lossThreatener: 2000, lossTarget: 100000 }),
    /^p must be a probability in \[0, 1\]; got 5$/,
  ],
  [
    'cost to date: n negative',
    () => expectedCostByPeriod({ p: 0.05, n: -3, lossThreatener: 1, lossTarget: 1 }),
    /^n must be a non-negative integer/,
  ],
  [
    'cost to date: negative loss',
    () => expectedCostByPeriod({ p: 0.05, n: 3, lossThreatener: 1, lossTarget: -1 }),
    /^lossTarget must be a finite number ≥ 0; got -1$/,
  ],
  [
    'target prob: n = 0',
    () => probabilityForTarget({ targetProb: 0.5, n: 0 }),
    /^n must be a positive integer \(a number of periods ≥ 1\); got 0$/,
  ],
  [
    'target prob: targetProb > 1',
    () => probabilityForTarget({ targetProb: 1.01, n: 3 }),
    /^targetProb must be a probability in \[0, 1\]; got 1\.01$/,
  ],
  [
    'target prob: no params',
    () => probabilityForTarget(any(null)),
    /^probabilityForTarget must be called with a parameter object; got null$/,
  ],
  [
    'competing: pEscalate > 1',
    () => escalationOrTermination({ pEscalate: 1.5, pTerminate: 0, n: 1 }),
    /^pEscalate must be a probability in \[0, 1\]; got 1\.5$/,
  ],
  [
    'competing: pTerminate negative',
    () => escalationOrTermination({ pEscalate: 0.1, pTerminate: -0.1, n: 1 }),
    /^pTerminate must be a probability in \[0, 1\]; got -0\.1$/,
  ],
  [
    'competing: sum > 1',
    () => escalationOrTermination({ pEscalate: 0.6, pTerminate: 0.6, n: 1 }),
    /^pEscalate \+ pTerminate must be at most 1 \(one outcome per draw\); got 1\.2$/,
  ],
  [
    'competing: n fractional',
    () => escalationOrTermination({ pEscalate: 0.1, pTerminate: 0.1, n: 0.5 }),
    /^n must be a non-negative integer/,
  ],
  // brinkmanship
  [
    'bounds: pHardLine negative',
    () => brinkmanshipBounds({ pHardLine: -0.1, target, threatener }),
    /^pHardLine must be a probability in \[0, 1\]; got -0\.1$/,
  ],
  [
    'bounds: pHardLine NaN',
    () => brinkmanshipBounds({ pHardLine: NaN, target, threatener }),
    /^pHardLine must be a probability in \[0, 1\]; got NaN$/,
  ],
  [
    'bounds: target missing',
    () => brinkmanshipBounds({ pHardLine: 0.1, target: any(undefined), threatener }),
    /^target must be an object \{ comply, defyUnpunished, disaster \}; got undefined$/,
  ],
  [
    'bounds: target.comply NaN',
    () => brinkmanshipBounds({ pHardLine: 0.1, target: { ...target, comply: NaN }, threatener }),
    /^target\.comply must be a finite number; got NaN$/,
  ],
  [
    'bounds: disaster ≥ comply',
    () => brinkmanshipBounds({ pHardLine: 0.1, target: { ...target, disaster: -4 }, threatener }),
    /^target\.disaster must be less than target\.comply = -4; got -4$/,
  ],
  [
    'bounds: comply ≥ defyUnpunished',
    () => brinkmanshipBounds({ pHardLine: 0.1, target: { ...target, defyUnpunished: -5 }, threatener }),
    /^target\.defyUnpunished must be greater than target\.comply = -4/,
  ],
  [
    'bounds: threatener missing',
    () => brinkmanshipBounds({ pHardLine: 0.1, target, threatener: any(null) }),
    /^threatener must be an object/,
  ],
  [
    'bounds: threatener.noThreat Infinity',
    () => brinkmanshipBounds({ pHardLine: 0.1, target, threatener: { ...threatener, noThreat: Infinity } }),
    /^threatener\.noThreat must be a finite number; got Infinity$/,
  ],
  [
    'bounds: threatener disaster ≥ defies',
    () => brinkmanshipBounds({ pHardLine: 0.1, target, threatener: { ...threatener, disaster: -2 } }),
    /^threatener\.disaster must be less than threatener\.targetDefiesNoDisaster = -2/,
  ],
  [
    'bounds: threatener defies ≥ complies',
    () => brinkmanshipBounds({ pHardLine: 0.1, target, threatener: { ...threatener, targetDefiesNoDisaster: 1 } }),
    /^threatener\.targetDefiesNoDisaster must be less than threatener\.targetComplies = 1/,
  ],
  [
    'bounds: noThreat ≥ complies',
    () => brinkmanshipBounds({ pHardLine: 0.1, target, threatener: { ...threatener, noThreat: 1 } }),
    /^threatener\.noThreat must be less than threatener\.targetComplies = 1/,
  ],
  [
    'thresholds: bad target',
    () => brinkmanshipThresholds({ target: { ...target, defyUnpunished: NaN }, threatener }),
    /^target\.defyUnpunished must be a finite number; got NaN$/,
  ],
  [
    'thresholds: bad threatener',
    () => brinkmanshipThresholds({ target, threatener: { ...threatener, targetComplies: -3 } }),
    /^threatener\.targetDefiesNoDisaster must be less than threatener\.targetComplies = -3/,
  ],
];

describe('every invalid input throws a RangeError naming the field and its range', () => {
  it.each(cases)('%s', (_what, call, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    expect((thrown as RangeError).message).toMatch(message);
  });
});
