/**
 * A resolver's state in words (issue #9), for the oracle desk and the public page, and the checks of the desk's
 * inputs (a bond below the minimum). Pure.
 */
import type { Address, Hex } from 'viem';
import { formatDate, formatDuration, formatEth, shortAddress } from '../format';
import type { PanelState, RealityState, UmaState } from './read';

/** Why a Reality.eth bond is refused (RealityResolver BondTooLow), or null when it is enough. */
export function realityBondProblem(bond: bigint, q: Pick<RealityState, 'bond' | 'nextBond'>): string | null {
  if (bond >= q.nextBond) return null;
  return q.bond === 0n
    ? `The bond must be at least ${formatEth(q.nextBond)}: the question’s minimum bond.`
    : `The bond must be at least ${formatEth(q.nextBond)}: double the last answer’s bond (${formatEth(q.bond)}).`;
}

/** Where the question stands, in one or two sentences. */
export function realityStatusText(q: RealityState, now: number): string {
  if (q.done) return `The question is settled: the final answer was “${q.answer ?? 'none'}”.`;
  if (q.pendingArbitration)
    return `The arbitrator (${shortAddress(q.arbitrator)}) has been asked to rule; the last answer was “${q.answer}” with a bond of ${formatEth(q.bond)}.`;
  if (q.finalized)
    return `The question finalized “${q.answer}”: anyone can now apply it${q.answer === 'yes' ? ', which fulfils the demand' : ''}.`;
  if (!q.answer) return `Unanswered. The first answer needs a bond of at least ${formatEth(q.minBond)}.`;
  return `Current answer: “${q.answer}”, bond ${formatEth(q.bond)}. It becomes final ${
    q.finalizeTs > now ? `in ${formatDuration(q.finalizeTs - now)} (${formatDate(q.finalizeTs)})` : 'now'
  } unless someone answers otherwise with at least ${formatEth(q.nextBond)} or asks the arbitrator (fee ${formatEth(q.disputeFee)}).`;
}

/** Where the assertion stands. */
export function umaStatusText(u: UmaState, now: number): string {
  if (u.fulfilled) return 'An assertion was settled true: the demand is fulfilled.';
  const a = u.last;
  if (!a) return `No assertion yet. Anyone can assert that the demand was met, with a bond of ${formatEth(u.bond)}.`;
  if (a.settled) return `The last assertion settled ${a.result ? 'true' : 'false'}.`;
  if (a.disputer)
    return `Asserted by ${shortAddress(a.asserter)} and disputed by ${shortAddress(a.disputer)}: UMA’s vote decides.`;
  return now < a.expirationTime
    ? `Asserted by ${shortAddress(a.asserter)} with a bond of ${formatEth(a.bond)}: true unless disputed within ${formatDuration(a.expirationTime - now)} (until ${formatDate(a.expirationTime)}).`
    : `Asserted by ${shortAddress(a.asserter)} and undisputed through its liveness: anyone can settle it now, which fulfils the demand.`;
}

/** The panel's tally. */
export function panelStatusText(p: PanelState): string {
  const n = p.approvedBy.length;
  if (p.decided) return `The panel decided: ${n} of ${p.members.length} approved.`;
  return `${n} of the ${p.k} approvals needed are in, from a panel of ${p.members.length}.`;
}

/** The Reality.eth app's page of a question (none on the local chain, which no public app reads). */
export function realityQuestionUrl(chainId: number, reality: Address, questionId: Hex): string | null {
  if (chainId === 31337) return null;
  return `https://reality.eth.limo/app/#!/question/${reality}-${questionId}`;
}
