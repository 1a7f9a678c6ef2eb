/**
 * Words for the registry's enums, in one place: status, timeout action, draw outcome, threat kind and
 * move. The enums themselves and their decoders (`statusKey(value)`, …) are generated from DataTypes.sol into
 * `lib/contracts/enums.generated.ts`.
 */
import type { DrawOutcomeName, MoveName, ThreatKind, ThreatStatus, TimeoutAction } from './types';

/** Short label and a one-line explanation of each status. */
export const STATUS_LABELS: Record<
  ThreatStatus,
  { label: string; explain: string; tone: 'live' | 'dove' | 'hawk' | 'neutral' }
> = {
  none: { label: 'Unknown', explain: 'No threat with this id exists.', tone: 'neutral' },
  gathering: {
    label: 'Gathering',
    explain: 'A pool collecting pledges: it goes live only if its threshold is met by its gathering date.',
    tone: 'neutral',
  },
  live: { label: 'Live', explain: 'The stake is locked and the demand is open.', tone: 'live' },
  claimed: {
    label: 'Claim pending',
    explain: 'A fulfilment was claimed before the deadline; no new draws or timeout until it is decided.',
    tone: 'live',
  },
  fulfilled: {
    label: 'Fulfilled',
    explain: 'The resolver marked the demand met; the stake went back to the maker and every backer.',
    tone: 'dove',
  },
  refunded: { label: 'Refunded', explain: 'The stake went back to the maker.', tone: 'dove' },
  escalated: {
    label: 'Escalated',
    explain: 'The stake was paid to the provider, who acts on receipt.',
    tone: 'hawk',
  },
  forfeited: { label: 'Forfeited', explain: 'The stake was distributed to NASH holders.', tone: 'neutral' },
  cancelled: {
    label: 'Cancelled',
    explain: 'The pool missed its threshold by its gathering date; every pledge can be taken back.',
    tone: 'neutral',
  },
};

/** What the timeout action does, in words for the adversary. */
export const ACTION_LABELS: Record<TimeoutAction, { label: string; explain: string }> = {
  refund: { label: 'Refund', explain: 'the stake goes back to the maker' },
  forfeit: { label: 'Forfeit', explain: 'the stake goes to NASH holders' },
  escalate: { label: 'Escalate', explain: 'the stake is paid to the provider, who acts on it' },
};

/** A draw's outcome in words. */
export const OUTCOME_LABELS: Record<
  DrawOutcomeName,
  { label: string; explain: string; tone: 'neutral' | 'hawk' | 'dove' }
> = {
  continue: { label: 'Continue', explain: 'nothing happened; the threat stays live', tone: 'neutral' },
  escalate: { label: 'Escalate', explain: 'the stake was paid to the provider', tone: 'hawk' },
  terminate: { label: 'Terminate', explain: 'the stake went back to the maker', tone: 'dove' },
};

/** Threat kind in words. */
export const KIND_LABELS: Record<ThreatKind, { label: string; explain: string }> = {
  commitment: {
    label: 'Binding commitment',
    explain: 'Unless the demand is met before the deadline, the timeout action happens for sure.',
  },
  probabilistic: {
    label: 'Probabilistic threat',
    explain: 'Every period a verifiable random draw may escalate, until the demand is met or the deadline passes.',
  },
};

/** Move in words (fees burned). */
export const MOVE_LABELS: Record<MoveName, string> = {
  createCommitment: 'create a commitment',
  createProbabilistic: 'create a probabilistic threat',
};

/** Whether a status is final (the stake has left the registry's live pool). */
export function isFinal(status: ThreatStatus): boolean {
  return status !== 'live' && status !== 'none';
}
