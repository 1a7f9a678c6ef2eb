import { z } from 'zod';
import { MONEY_LIMIT, nameField, numberField } from './number-field';

const money = { min: -MONEY_LIMIT, max: MONEY_LIMIT };

/**
 * Inputs of the "Split a surplus" tab, in two modes:
 * - `surplus`: a sum S is divided, x1 + x2 = S; player i's utility is x_i^e_i (e = 1: risk-neutral);
 *   disagreement payoffs d_i are in money.
 * - `interval`: the players agree on one number x in [lo, hi] (e.g. a refund); u_i(x) = a_i + b_i·x
 *   with slopes of opposite sign; d_i in utility units.
 * Both modes share the strategic (Rubinstein / breakdown) inputs: per-round discount factors δ_i,
 * the probability that talks break down after a rejection, and who proposes first.
 */

const strategicShape = {
  delta1: numberField('δ₁ (player 1 discount per round)', { min: 0, max: 1, minExclusive: true }),
  delta2: numberField('δ₂ (player 2 discount per round)', { min: 0, max: 1, minExclusive: true }),
  breakdown: numberField('Breakdown probability per rejection', { min: 0, max: 1 }),
  first: z.enum(['1', '2'], { error: 'First proposer must be player 1 or 2' }),
  name1: nameField('Player 1 name'),
  name2: nameField('Player 2 name'),
};

/** Raw-string → typed schema of the surplus mode. */
export const splitSurplusSchema = z
  .object({
    surplus: numberField('Surplus S', { min: 0, minExclusive: true, max: MONEY_LIMIT }),
    d1: numberField('d₁ (player 1 disagreement payoff)', money),
    d2: numberField('d₂ (player 2 disagreement payoff)', money),
    tau1: numberField('τ₁ (player 1 bargaining power)', { min: 0, max: 1, minExclusive: true, maxExclusive: true }),
    e1: numberField('e₁ (player 1 utility exponent)', { min: 0, max: 1, minExclusive: true }),
    e2: numberField('e₂ (player 2 utility exponent)', { min: 0, max: 1, minExclusive: true }),
    ...strategicShape,
  })
  .superRefine((v, ctx) => {
    if (v.e1 !== 1 && v.d1 < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['d1'],
        message: 'd₁ must be ≥ 0 when player 1 is risk-averse (e₁ < 1): x^e is undefined below 0',
      });
    }
    if (v.e2 !== 1 && v.d2 < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['d2'],
        message: 'd₂ must be ≥ 0 when player 2 is risk-averse (e₂ < 1): x^e is undefined below 0',
      });
    }
    if (v.breakdown === 0 && v.delta1 === 1 && v.delta2 === 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['breakdown'],
        message: 'With no breakdown risk, some δ must be below 1 — otherwise waiting is free and talks need never end',
      });
    }
  });

/** Raw-string → typed schema of the interval mode. */
export const splitIntervalSchema = z
  .object({
    lo: numberField('Interval start (lo)', money),
    hi: numberField('Interval end (hi)', money),
    a1: numberField('a₁ (player 1 utility intercept)', money),
    b1: numberField('b₁ (player 1 utility slope)', { min: -1e6, max: 1e6 }),
    a2: numberField('a₂ (player 2 utility intercept)', money),
    b2: numberField('b₂ (player 2 utility slope)', { min: -1e6, max: 1e6 }),
    d1: numberField('d₁ (player 1 disagreement utility)', money),
    d2: numberField('d₂ (player 2 disagreement utility)', money),
    ...strategicShape,
  })
  .superRefine((v, ctx) => {
    if (!(v.hi > v.lo))
      ctx.addIssue({ code: 'custom', path: ['hi'], message: 'Interval end (hi) must be greater than its start (lo)' });
    if (v.b1 === 0)
      ctx.addIssue({ code: 'custom', path: ['b1'], message: 'b₁ must be non-zero: player 1 must care about x' });
    if (v.b2 === 0)
      ctx.addIssue({ code: 'custom', path: ['b2'], message: 'b₂ must be non-zero: player 2 must care about x' });
    else if (v.b1 !== 0 && Math.sign(v.b1) === Math.sign(v.b2)) {
      ctx.addIssue({
        code: 'custom',
        path: ['b2'],
        message:
          'b₂ must have the opposite sign of b₁: if both want x to move the same way there is nothing to bargain over',
      });
    }
    if (v.breakdown === 0 && v.delta1 === 1 && v.delta2 === 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['breakdown'],
        message: 'With no breakdown risk, some δ must be below 1 — otherwise waiting is free and talks need never end',
      });
    }
  });

export type SplitSurplusInput = z.output<typeof splitSurplusSchema>;
export type SplitIntervalInput = z.output<typeof splitIntervalSchema>;

/** The two split modes. */
export const SPLIT_MODES = ['surplus', 'interval'] as const;
export type SplitMode = (typeof SPLIT_MODES)[number];

/** Field names of each split mode, in form order (used to serialise and to keep URLs tidy). */
export const SPLIT_FIELDS = {
  surplus: ['name1', 'name2', 'surplus', 'd1', 'd2', 'tau1', 'e1', 'e2', 'delta1', 'delta2', 'breakdown', 'first'],
  interval: [
    'name1',
    'name2',
    'lo',
    'hi',
    'a1',
    'b1',
    'a2',
    'b2',
    'd1',
    'd2',
    'delta1',
    'delta2',
    'breakdown',
    'first',
  ],
} as const satisfies Record<SplitMode, readonly string[]>;

/** Default raw inputs: Mike (§6.1) for the surplus mode, Jane's refund (§6.1) for the interval mode. */
export const SPLIT_DEFAULTS: Record<SplitMode, Record<string, string>> = {
  surplus: {
    name1: 'Mike',
    name2: 'Employer X',
    surplus: '1000000',
    d1: '100000',
    d2: '0',
    tau1: '0.5',
    e1: '1',
    e2: '1',
    delta1: '1',
    delta2: '1',
    breakdown: '0.05',
    first: '1',
  },
  interval: {
    name1: 'Jane',
    name2: 'Company X',
    lo: '0',
    hi: '13000',
    a1: '0',
    b1: '1',
    a2: '0',
    b2: '-1',
    d1: '-2000',
    d2: '-100000',
    delta1: '1',
    delta2: '1',
    breakdown: '0.05',
    first: '1',
  },
};
