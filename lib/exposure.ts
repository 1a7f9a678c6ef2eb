/**
 * What a threat exposes its adversary to, in words, for every timeout action (refund / forfeit / escalate) and
 * both kinds (commitment / probabilistic): the one wording used by the wizard's math panel and the public page
 * (issue #13 item 2). Pure (no React); probabilities come from lib/game-theory via the callers.
 *
 * The three ways a threat can reach the deadline unmet (white paper §7, §8):
 * - escalate: the stake is paid to the provider, who acts against the adversary: the adversary bears its loss;
 * - forfeit: the stake goes to NASH holders. Nobody is paid to act, but the maker loses the stake for sure unless
 *   the resolver marks the demand fulfilled, and the demand text names what counts (for Jane: the refund, or a
 *   court copy of her own civil action). Acting is then her only way to keep the stake, so her threat to act is
 *   credible: the adversary's exposure is what the demand text and the maker's stated losses say;
 * - refund: the stake goes back to the maker; the deadline itself costs the adversary nothing.
 */
import { formatPercent } from './format';

export type ExposureKind = 'commitment' | 'probabilistic';
export type ExposureAction = 'refund' | 'forfeit' | 'escalate';

/** Inputs: the threat's kind and timeout action, and for a probabilistic threat the odds until the deadline. */
export interface ExposureInput {
  // (the sentences follow a label "If you never comply")
  kind: ExposureKind;
  timeoutAction: ExposureAction;
  /** The stake as text ("3 ETH"), named in the sentences. */
  stake: string;
  /** Probabilistic: P(a draw escalates before the deadline) if the demand is never met. */
  probDrawsEscalate?: number;
  /** Probabilistic: P(no draw ends the threat before the deadline). */
  probLiveAtDeadline?: number;
}

/** The adversary's exposure if it never complies. */
export interface Exposure {
  /** P(the stake reaches the provider, who acts against the adversary). */
  probProviderActs: number;
  /** P(the deadline arrives with the stake forfeit unless the maker acts herself): her credible threat. */
  probMakerMustAct: number;
  /** P(someone acts against the adversary): the two above together (they exclude each other). */
  probActed: number;
  /** One sentence: what happens at the deadline, and what it means for the adversary. */
  atDeadline: string;
  /** The whole exposure if the adversary never complies, in one sentence with the chances. */
  summary: string;
  /** Where the money figure comes from (the loss is never on chain). */
  lossSource: string;
}

const pct = (x: number) => formatPercent(x, { maxDecimals: 2 });

const AT_DEADLINE: Record<ExposureAction, (stake: string) => string> = {
  escalate: (stake) =>
    `At the deadline the ${stake} stake is paid to the provider for sure, who then acts against you as agreed.`,
  forfeit: (stake) =>
    `At the deadline the maker loses the ${stake} stake to NASH holders for sure unless the demand is marked fulfilled, so acting against you as the demand says becomes her only way to keep it: her threat to act is credible.`,
  refund: (stake) =>
    `At the deadline the ${stake} stake goes back to the maker: the deadline itself costs you nothing, and only what the maker does on her own remains.`,
};

/** The adversary's exposure (see the module comment); probabilities are clamped to [0, 1]. */
export function adversaryExposure(input: ExposureInput): Exposure {
  const clamp = (x: number | undefined) => Math.min(1, Math.max(0, Number.isFinite(x) ? (x as number) : 0));
  const draws = input.kind === 'probabilistic' ? clamp(input.probDrawsEscalate) : 0;
  const live = input.kind === 'probabilistic' ? clamp(input.probLiveAtDeadline) : 1;
  const atTimeout = input.timeoutAction === 'refund' ? 0 : live;
  const probProviderActs = Math.min(1, draws + (input.timeoutAction === 'escalate' ? atTimeout : 0));
  const probMakerMustAct = input.timeoutAction === 'forfeit' ? atTimeout : 0;
  const probActed = Math.min(1, probProviderActs + probMakerMustAct);
  const atDeadline = AT_DEADLINE[input.timeoutAction](input.stake);

  let summary: string;
  if (input.kind === 'commitment') {
    summary = {
      escalate: 'The provider acts against you for certain (100%).',
      forfeit:
        'The maker must act against you or lose her stake, for certain (100%): expect the action the demand names.',
      refund: 'Nothing irrevocable happens (0%): the stake goes back to the maker at the deadline.',
    }[input.timeoutAction];
  } else {
    const viaDraws = `${pct(draws)} chance a draw pays the provider before the deadline`;
    summary = {
      escalate: `${viaDraws}, and the stake reaches the provider at the deadline otherwise: ${pct(probActed)} in all.`,
      forfeit: `${viaDraws}; otherwise (${pct(probMakerMustAct)}) the maker forfeits the stake at the deadline unless she acts against you herself: ${pct(probActed)} chance someone acts against you.`,
      refund: `${viaDraws}; otherwise the stake goes back to the maker: ${pct(probActed)} in all.`,
    }[input.timeoutAction];
  }
  const lossSource =
    input.timeoutAction === 'forfeit'
      ? 'The loss is not on chain: it is what the action named in the demand text would cost you (the maker may state her figures in the demand and agreement).'
      : 'The loss is not on chain: it is what the provider’s action would cost you (the maker may state her figures in the demand and agreement).';
  return { probProviderActs, probMakerMustAct, probActed, atDeadline, summary, lossSource };
}

/**
 * The warning for a per-period escalation chance of 100% (wizard and calculator alike): the first draw escalates
 * for certain, so the adversary has no time to comply; null below 100%.
 */
export function certainDrawWarning(pPerPeriod: number): string | null {
  return pPerPeriod >= 1
    ? 'A 100% chance per period escalates at the very first draw for certain: the adversary has no time to comply. Choose a lower chance, or a commitment if you mean it to be certain.'
    : null;
}
