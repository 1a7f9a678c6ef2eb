import { STATUS_KEYS } from '../contracts/enums.generated';
import { formatDate, formatEth, formatNash, formatPpb, shortAddress } from '../format';

/** A contract error explained for people: a short title and one or two plain sentences. */
export interface ErrorText {
  title: string;
  message: string;
}

type Args = readonly unknown[];
type Explain = (args: Args) => ErrorText;

// Arguments come straight from revert data: anything that is not the expected type gets a neutral word.
const when = (v: unknown) =>
  Number.isFinite(Number(v)) && Number(v) > 0 ? formatDate(Number(v), { style: 'iso' }) : 'an unknown time';
const amount = (v: unknown, format: (wei: bigint) => string, fallback: string) => {
  try {
    return format(BigInt(v as bigint));
  } catch {
    return fallback;
  }
};
const eth = (v: unknown) => amount(v, formatEth, 'an amount');
const nash = (v: unknown) => amount(v, formatNash, 'an amount of NASH');
const short = (a: unknown) => shortAddress(String(a ?? ''));
const ppb = (v: unknown) => formatPpb(Number(v));

/**
 * Plain-words explanation of every custom error our contracts declare, keyed by error name, and of no other
 * (a test checks both ways against the generated ABIs and OpenZeppelin's ERC-20 errors): registry
 * (ILevetrage), NASH (INashToken), beacons (IRandomnessBeacon and implementations) and the OpenZeppelin
 * ERC-20 / utility errors the implementations inherit.
 */
export const ERROR_MESSAGES: Record<string, Explain> = {
  // ── Registry: creating a threat ───────────────────────────────────────────
  ZeroStake: () => ({ title: 'No stake', message: 'The stake must be more than zero ETH.' }),
  StakeTooLarge: ([stake]) => ({
    title: 'Stake too large',
    message: `A stake of ${eth(stake)} is more than the contract can hold for one threat. Use a smaller stake.`,
  }),
  DeadlineInPast: ([deadline]) => ({
    title: 'Deadline in the past',
    message: `The deadline (${when(deadline)}) has already passed. Pick a deadline in the future.`,
  }),
  DeadlineTooFar: ([deadline, max]) => ({
    title: 'Deadline too far away',
    message: `The deadline (${when(deadline)}) is too far in the future; the latest allowed is ${when(max)} (five years).`,
  }),
  ZeroProvider: () => ({
    title: 'No provider',
    message: 'The provider (who is paid on escalation) must be a real address, not the zero address.',
  }),
  ZeroAgreementHash: () => ({
    title: 'No agreement',
    message:
      'The hash of the signed agreement with the provider is missing. Add the agreement file so it can be hashed.',
  }),
  NoTerminators: () => ({
    title: 'No oracle',
    message: 'Name at least one terminator (an oracle) who can mark the demand fulfilled.',
  }),
  TooManyTerminators: ([count, max]) => ({
    title: 'Too many oracles',
    message: `You named ${String(count)} terminators; at most ${String(max)} are allowed.`,
  }),
  InvalidTerminator: ([t]) => ({
    title: 'Invalid oracle',
    message: `The terminator ${short(t)} is the zero address or listed twice. Each terminator must be a distinct, real address.`,
  }),
  BeaconNotAllowed: ([b]) => ({
    title: 'Randomness source not allowed',
    message: `The randomness beacon ${short(b)} is not allowed for new threats. Pick one of the offered beacons.`,
  }),
  InvalidPeriod: ([period, min, max]) => ({
    title: 'Invalid period',
    message: `A period of ${String(period)} seconds is outside the allowed range (${String(min)} seconds to ${String(max)} seconds).`,
  }),
  TooManyPeriods: ([count, max]) => ({
    title: 'Too many draws',
    message: `The deadline allows ${String(count)} draws but at most ${String(max)} are allowed. Use a longer period or an earlier deadline.`,
  }),
  InvalidOdds: ([pe, pt]) => ({
    title: 'Invalid odds',
    message: `The escalation chance per draw (${ppb(pe)}) must be above zero and, together with the refund chance (${ppb(pt)}), at most 100%.`,
  }),
  // ── Registry: acting on a threat ──────────────────────────────────────────
  ThreatNotFound: ([id]) => ({
    title: 'Threat not found',
    message: `There is no threat #${String(id)} on this chain.`,
  }),
  ThreatNotLive: ([id, status]) => ({
    title: 'Threat already closed',
    message: `Threat #${String(id)} is no longer live: it has been ${STATUS_KEYS[Number(status)] ?? 'closed'}. Nothing more can happen to it.`,
  }),
  NotTerminator: ([id, caller]) => ({
    title: 'Not an oracle of this threat',
    message: `The connected account ${short(caller)} is not a terminator of threat #${String(id)}, so it cannot mark the demand fulfilled.`,
  }),
  DeadlinePassed: ([, deadline]) => ({
    title: 'Deadline passed',
    message: `The deadline has passed (${when(deadline)}); the demand can no longer be marked fulfilled.`,
  }),
  DeadlineNotReached: ([, deadline]) => ({
    title: 'Too early',
    message: `The deadline (${when(deadline)}) has not been reached yet, so the threat cannot be settled by timeout.`,
  }),
  DrawDetermined: ([id, period]) => ({
    title: 'A draw is already decided',
    message: `The randomness for draw ${String(period)} of threat #${String(id)} is already fixed, so the threat can no longer be marked fulfilled. Settle the draw first; if it does not escalate or refund, fulfilment is possible again.`,
  }),
  DrawNotReady: ([id]) => ({
    title: 'Randomness not ready',
    message: `The randomness for the pending draw of threat #${String(id)} is not available yet. Try again in a little while.`,
  }),
  NothingToSettle: ([id]) => ({
    title: 'Nothing to settle',
    message: `Threat #${String(id)} has no draw due and its deadline has not been reached; there is nothing to settle now.`,
  }),
  NothingToWithdraw: ([a]) => ({
    title: 'Nothing to withdraw',
    message: `The account ${short(a)} has no balance to withdraw.`,
  }),
  EthTransferFailed: ([to, amount]) => ({
    title: 'Payment failed',
    message: `Sending ${eth(amount)} to ${short(to)} failed: the receiving address refused the ETH.`,
  }),
  NotFeeController: ([c]) => ({
    title: 'Not allowed',
    message: `Only the fee controller may change fees or beacons; ${short(c)} is not it.`,
  }),
  ZeroAddress: () => ({ title: 'Missing address', message: 'An address was the zero address; give a real address.' }),
  // ── NASH token ────────────────────────────────────────────────────────────
  NoSupply: () => ({
    title: 'No NASH in circulation',
    message: 'There are no NASH holders to distribute to.',
  }),
  NothingToClaim: ([h]) => ({
    title: 'Nothing to claim',
    message: `The account ${short(h)} has no forfeit dividends to claim yet.`,
  }),
  // ── Beacons ───────────────────────────────────────────────────────────────
  InvalidProof: ([ticket]) => ({
    title: 'Invalid randomness proof',
    message: `The proof given for randomness ticket ${String(ticket)} does not prove its value. Reload and try again; the page builds the proof from the chain.`,
  }),
  InvalidDelay: ([delay]) => ({
    title: 'Invalid beacon delay',
    message: `A randomness delay of ${String(delay)} blocks is not allowed for the block beacon.`,
  }),
  InvalidConfig: () => ({
    title: 'Invalid beacon settings',
    message: 'The VRF beacon was set up with invalid settings (coordinator, key hash or subscription).',
  }),
  OnlyCoordinator: ([caller]) => ({
    title: 'Not the VRF coordinator',
    message: `Only the Chainlink VRF coordinator may deliver randomness; ${short(caller)} is not it.`,
  }),
  OnlyRegistry: ([caller]) => ({
    title: 'Not the registry',
    message: `Only the Levetrage registry may request randomness from this beacon; ${short(caller)} is not it.`,
  }),
  // ── OpenZeppelin ERC-20 (ERC-6093) ────────────────────────────────────────
  ERC20InsufficientBalance: ([, balance, needed]) => ({
    title: 'Not enough NASH',
    message: `This needs ${nash(needed)} but the account holds only ${nash(balance)}. Get more NASH first.`,
  }),
  ERC20InsufficientAllowance: ([, allowance, needed]) => ({
    title: 'NASH not approved',
    message: `The registry may spend only ${nash(allowance)} of your NASH but needs ${nash(needed)}. Approve the NASH fee first.`,
  }),
  ERC20InvalidSender: ([s]) => ({ title: 'Invalid sender', message: `NASH cannot be sent from ${short(s)}.` }),
  ERC20InvalidReceiver: ([r]) => ({ title: 'Invalid recipient', message: `NASH cannot be sent to ${short(r)}.` }),
  ERC20InvalidApprover: ([a]) => ({ title: 'Invalid approver', message: `${short(a)} cannot approve NASH spending.` }),
  ERC20InvalidSpender: ([s]) => ({
    title: 'Invalid spender',
    message: `${short(s)} cannot be approved to spend NASH.`,
  }),
  // ── OpenZeppelin utilities ────────────────────────────────────────────────
  ReentrancyGuardReentrantCall: () => ({
    title: 'Re-entrant call refused',
    message: 'The contract refused a call made from inside another call to it.',
  }),
  SafeCastOverflowedUintDowncast: () => ({
    title: 'Number too large',
    message: 'A number was too large for the contract to store.',
  }),
  SafeCastOverflowedIntDowncast: () => ({
    title: 'Number too large',
    message: 'A number was too large for the contract to store.',
  }),
  SafeCastOverflowedUintToInt: () => ({
    title: 'Number too large',
    message: 'A number was too large for the contract to handle.',
  }),
};

/** "DrawNotReady" → "draw not ready". */
export function humanizeErrorName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
}

/**
 * The explanation of a decoded custom error. Errors without an entry (say, a beacon added later)
 * still get words from their name, never a selector or a stack trace.
 */
export function explainContractError(errorName: string, args: Args = []): ErrorText {
  const explain = ERROR_MESSAGES[errorName];
  if (explain) return explain(args);
  const words = humanizeErrorName(errorName);
  return {
    title: 'Transaction refused',
    message: `The contract refused the transaction: ${words}.`,
  };
}

/** Whether `errorName` has a hand-written explanation. */
export function hasExplanation(errorName: string): boolean {
  return errorName in ERROR_MESSAGES;
}
