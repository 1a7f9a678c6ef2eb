/**
 * Levetrage's game-theory library: bargaining solutions and the odds of probabilistic threats
 * (white paper §5, §6, §8). Pure functions — plain numbers in, plain objects out, no React, no chain.
 * The calculator, the wizard, the public threat page and the desks all get a threat's odds from one function,
 * `threatOdds` (odds.ts), and adapt its result.
 *
 * Errors: every invalid input throws a `RangeError` whose message begins with the field name and
 * states the allowed range (e.g. "p must be a probability in [0, 1]; got 1.5").
 *
 * Conventions: `nashProduct` is the plain product (u1 − d1)(u2 − d2); δ = exp(−r·Δ); Rubinstein
 * shares are for player 1 whoever proposes first; `expectedPeriods` = 1/p counts the escalation
 * period; `medianPeriod` is the smallest n with P(escalated by n) ≥ 1/2.
 */
export type { Utility } from './utility';
export { IDENTITY, utilityValue, utilityDerivative, validateUtility } from './utility';

export { nashBargaining, nashBargainingOnInterval } from './nash';
export type { NashBargainingParams, NashBargainingResult, NashOnIntervalParams, NashOnIntervalResult } from './nash';

export { kalaiSmorodinsky } from './kalai-smorodinsky';
export type { KalaiSmorodinskyParams, KalaiSmorodinskyResult } from './kalai-smorodinsky';

export { rubinstein, rubinsteinFromRates, rubinsteinFixedCost } from './rubinstein';
export type {
  RubinsteinParams,
  RubinsteinRatesParams,
  RubinsteinRatesResult,
  FixedCostParams,
  FixedCostResult,
  Split,
} from './rubinstein';

export { breakdownBargaining, breakdownLimit } from './breakdown';
export type { BreakdownParams, BreakdownResult, BreakdownLimitParams, BreakdownLimitResult } from './breakdown';

export {
  escalationProbability,
  escalationTiming,
  expectedCostPerPeriod,
  expectedCostByPeriod,
  probabilityForTarget,
  escalationOrTermination,
} from './escalation';
export type {
  EscalationProbabilityParams,
  EscalationTiming,
  ExpectedCostParams,
  ExpectedCost,
  CompetingDrawsParams,
  CompetingDrawsOdds,
} from './escalation';

export { threatOdds, samplePeriods, ODDS_SAMPLE_STEPS } from './odds';
export type { ThreatOdds, ThreatOddsParams, PeriodPoint, BothSides } from './odds';

export { brinkmanshipBounds, brinkmanshipThresholds, disputePayoffs } from './brinkmanship';
export type {
  DisputePayoffsParams,
  TargetPayoffs,
  ThreatenerPayoffs,
  BrinkmanshipParams,
  BrinkmanshipBounds,
  BrinkmanshipThresholds,
} from './brinkmanship';

export { counterCommitmentGame } from './counter-commitment';
export type { CounterCommitmentParams, CounterCommitmentResult, CounterBranch } from './counter-commitment';
