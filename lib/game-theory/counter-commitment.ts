/**
 * The game with both commitments in place (white paper section 7): the maker's threat ("pay D, or the stake
 * goes to the provider, who imposes a loss L on you") and the adversary's counter-commitment ("I will not pay
 * unless X is deposited to me", backed by a counter-stake S that the adversary loses if it pays without the
 * deposit). Solved by backward induction: the maker chooses whether to make the deposit, then the adversary
 * pays or refuses; a refusal escalates the maker's threat with probability p (1 for a commitment).
 *
 * Payoffs are in one currency, relative to "nothing happens" (the maker's stake is its cost only when it is
 * spent: paid to the provider or forfeited). The adversary pays iff paying costs it less than refusing.
 */
import { nonNegative, probability } from './validate';

/** Parameters of {@link counterCommitmentGame}. */
export interface CounterCommitmentParams {
  /** What the maker demands (D). */
  demand: number;
  /** The maker's stake, spent if the threat escalates or forfeits (C). */
  makerStake: number;
  /** What escalation costs the adversary (L). */
  adversaryLoss: number;
  /** Probability that a refusal ends in escalation (1 for a commitment; a probabilistic threat's cumulative odds). */
  pEscalate: number;
  /** The adversary's counter-stake, lost if it pays without the deposit (S). */
  counterStake: number;
  /** The deposit the counter-commitment asks of the maker (X). */
  deposit: number;
}

/** One branch of the game: who does what, and what each ends with. */
export interface CounterBranch {
  adversaryPays: boolean;
  maker: number;
  adversary: number;
}

/** Result of {@link counterCommitmentGame}. */
export interface CounterCommitmentResult {
  /** The maker does not deposit: the adversary's best response and the payoffs. */
  withoutDeposit: CounterBranch;
  /** The maker deposits X: the adversary pays (its counter-stake is safe) and the payoffs. */
  withDeposit: CounterBranch;
  /** The maker's best move, and the equilibrium outcome. */
  makerDeposits: boolean;
  outcome: CounterBranch;
  /** The counter-commitment changes the adversary's answer: without it, it would pay. */
  counterBinds: boolean;
  /** The smallest counter-stake that makes refusing the adversary's best answer: max(0, p·L − D). */
  minCredibleCounterStake: number;
  /** The largest deposit the maker should accept making (the equilibrium without deposit, compared). */
  maxDepositWorthMaking: number;
}

/** Solves the two-commitment game. Throws a RangeError naming a bad field. */
export function counterCommitmentGame(p: CounterCommitmentParams): CounterCommitmentResult {
  const D = nonNegative('demand', p.demand);
  const C = nonNegative('makerStake', p.makerStake);
  const L = nonNegative('adversaryLoss', p.adversaryLoss);
  const q = probability('pEscalate', p.pEscalate);
  const S = nonNegative('counterStake', p.counterStake);
  const X = nonNegative('deposit', p.deposit);

  const refuse = { maker: -q * C, adversary: -q * L };
  // Without the deposit, paying costs the demand and the counter-stake; refusing costs the expected escalation.
  const paysWithout = D + S < q * L;
  const withoutDeposit: CounterBranch = paysWithout
    ? { adversaryPays: true, maker: D, adversary: -D - S }
    : { adversaryPays: false, ...refuse };
  // With the deposit the counter-stake is safe: the adversary pays if the net payment beats refusing.
  const paysWith = D - X < q * L;
  const withDeposit: CounterBranch = paysWith
    ? { adversaryPays: true, maker: D - X, adversary: -D + X }
    : { adversaryPays: false, maker: refuse.maker - X, adversary: refuse.adversary + X };
  const makerDeposits = withDeposit.maker > withoutDeposit.maker;
  const outcome = makerDeposits ? withDeposit : withoutDeposit;
  const minCredibleCounterStake = Math.max(0, q * L - D);
  const counterBinds = D < q * L && !paysWithout;
  return {
    withoutDeposit,
    withDeposit,
    makerDeposits,
    outcome,
    counterBinds,
    minCredibleCounterStake,
    maxDepositWorthMaking: Math.max(0, D - withoutDeposit.maker),
  };
}
