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
/** ThreatNotLive in words: an ended threat, or one that is not live yet (a pool) or held by a claim. */
const notLiveText = (id: unknown, status: unknown) => {
  const key = STATUS_KEYS[Number(status)];
  if (key === 'gathering') return `Threat #${String(id)} is a pool still gathering pledges: it is not live yet.`;
  if (key === 'claimed') return `Threat #${String(id)} is held by a fulfilment claim until it is decided.`;
  return `Threat #${String(id)} is no longer live: it has been ${key ?? 'closed'}. Nothing more can happen to it.`;
};

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
  ZeroAgreementHash: () => ({
    title: 'No agreement',
    message:
      'The hash of the signed agreement with the provider is missing. Add the agreement file so it can be hashed.',
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
  ZeroResolver: () => ({
    title: 'No resolver',
    message:
      'Name who decides whether the demand was met: an oracle, a panel, a Reality.eth question or an UMA assertion.',
  }),
  ZeroBeneficiary: () => ({
    title: 'No beneficiary',
    message: 'Name who receives the refund (the maker, or the client a professional acts for), not the zero address.',
  }),
  InvalidFlags: () => ({
    title: 'Unknown option',
    message: 'The threat asks for an option this registry does not know.',
  }),
  UnknownLinkedThreat: ([id]) => ({
    title: 'No such threat to answer',
    message: `Threat #${String(id)} does not exist (yet), so this threat cannot be linked to it as a counter-move.`,
  }),
  FeeAboveMax: ([fee, max]) => ({
    title: 'The NASH fee went up',
    message: `The fee is now ${nash(fee)}, more than the ${nash(max)} you agreed to. Review the new fee and sign again.`,
  }),
  ProviderRequired: () => ({
    title: 'A provider is needed',
    message: 'This threat can escalate, so it must name the provider who is paid then, with its engagement.',
  }),
  ProviderNotUsed: () => ({
    title: 'No provider here',
    message:
      'This threat can never escalate (a commitment whose timeout is Refund or Forfeit): leave the provider out.',
  }),
  EngagementWrongMaker: ([maker, caller]) => ({
    title: 'Engagement for another maker',
    message: `The provider accepted this engagement for ${short(maker)}, not for your wallet (${short(caller)}). Ask the provider for one naming you.`,
  }),
  EngagementExpired: ([until]) => ({
    title: 'Engagement expired',
    message: `The provider’s engagement was valid until ${when(until)}. Ask the provider to sign a new one.`,
  }),
  EngagementWrongKind: () => ({
    title: 'Engagement for another kind',
    message:
      'The provider did not accept this kind of threat (commitment or probabilistic). Ask for an engagement that covers it.',
  }),
  StakeBelowEngagement: ([stake, min]) => ({
    title: 'Stake below the provider’s minimum',
    message: `The provider acts only on a stake of at least ${eth(min)}; this one is ${eth(stake)}.`,
  }),
  StakeAboveEngagement: ([stake, max]) => ({
    title: 'Stake above the provider’s maximum',
    message: `The provider accepts at most ${eth(max)}; this would be ${eth(stake)}.`,
  }),
  EngagementUsed: ([provider]) => ({
    title: 'Engagement already used',
    message: `This engagement of ${short(provider)} was used up, revoked, or never accepted on chain. Ask the provider for a new one.`,
  }),
  EngagementNoUses: () => ({
    title: 'Engagement for no threat',
    message: 'The engagement allows zero threats; it must allow at least one.',
  }),
  EngagementBadSignature: ([provider]) => ({
    title: 'Not the provider’s signature',
    message: `The engagement was not signed by ${short(provider)} for exactly these terms (or the provider is a contract that does not approve it). Ask the provider to sign again.`,
  }),
  NotProvider: ([caller, provider]) => ({
    title: 'Only the provider',
    message: `Only the provider (${short(provider)}) can accept or revoke its engagement; this wallet is ${short(caller)}.`,
  }),
  InvalidFunding: () => ({
    title: 'Funding rules do not fit',
    message:
      'Check the funding: a cap above the stake, and for a pool a gathering date before the deadline and a threshold it can reach.',
  }),

  // ── Registry: acting on a threat ──────────────────────────────────────────
  ThreatNotFound: ([id]) => ({
    title: 'Threat not found',
    message: `There is no threat #${String(id)} on this chain.`,
  }),
  ThreatNotLive: ([id, status]) => ({
    title: 'Threat already closed',
    message: notLiveText(id, status),
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
  NotResolver: ([id, caller]) => ({
    title: 'Not this threat’s resolver',
    message: `Only threat #${String(id)}’s resolver can decide it; ${short(caller)} is not it.`,
  }),
  HoldExpired: ([id, until]) => ({
    title: 'The claim ran out of time',
    message: `The fulfilment claim on threat #${String(id)} held it until ${when(until)}; that time has passed.`,
  }),
  HoldBudgetSpent: ([id]) => ({
    title: 'No hold time left',
    message: `Threat #${String(id)} has used all 30 days a fulfilment claim may hold it.`,
  }),
  ZeroHold: () => ({ title: 'No hold time', message: 'A hold must last at least one second.' }),
  NotHeld: ([id]) => ({ title: 'Not held', message: `Threat #${String(id)} is not held by a fulfilment claim.` }),
  NotAPromise: ([id]) => ({
    title: 'Not a promise',
    message: `Threat #${String(id)} is a threat, not a promise: it cannot be recorded broken, only left to its deadline.`,
  }),
  Held: ([id, until]) => ({
    title: 'Held by a claim',
    message: `A fulfilment claim holds threat #${String(id)} until ${when(until)}: nothing can be settled before then unless it is decided.`,
  }),
  DrawFeeTooLow: ([, fee, sent]) => ({
    title: 'Draw fee missing',
    message: `Requesting the next draw costs ${eth(fee)}, paid to the randomness beacon; ${eth(sent)} was sent. Whatever is not used comes back.`,
  }),
  GasTooLowForRequest: () => ({
    title: 'Not enough gas',
    message: 'Requesting a draw needs more gas than this transaction carries. Send it again with a higher gas limit.',
  }),
  ZeroAmount: () => ({ title: 'Nothing to add', message: 'Add more than zero ETH.' }),
  FundingClosed: ([id]) => ({
    title: 'No backers',
    message: `Threat #${String(id)} does not accept stake from anyone but its maker.`,
  }),
  FundingCapExceeded: ([id, stake, cap]) => ({
    title: 'Above the cap',
    message: `Threat #${String(id)} takes at most ${eth(cap)} in all; with this it would hold ${eth(stake)}.`,
  }),
  NotAllowedBacker: ([id]) => ({
    title: 'Not on the list',
    message: `Threat #${String(id)} accepts stake only from the accounts its maker listed, and this wallet is not one of them (or the proof is wrong).`,
  }),
  GatheringOver: ([id, until]) => ({
    title: 'Gathering is over',
    message: `The pool of threat #${String(id)} gathered pledges until ${when(until)}; it is too late to join or activate it.`,
  }),
  NotGathering: ([id]) => ({
    title: 'Not gathering',
    message: `Threat #${String(id)} is not a pool collecting pledges (any more): a pledge can be taken back only before it goes live.`,
  }),
  ThresholdNotMet: ([, funders, stake]) => ({
    title: 'Threshold not met yet',
    message: `The pool has ${String(funders)} funders and ${eth(stake)} so far: not enough to go live.`,
  }),
  NoShare: ([id]) => ({
    title: 'Nothing of yours here',
    message: `This wallet has no pledge or backing in threat #${String(id)}.`,
  }),
  NotRefundable: ([id]) => ({
    title: 'Not refunded',
    message: `Threat #${String(id)} was not fulfilled, refunded or cancelled, so backers cannot take their stake back (an escalation or a forfeit spent it, or it is still live).`,
  }),
  NotEscalatedProvider: ([id]) => ({
    title: 'Only the paid provider',
    message: `Only the provider of threat #${String(id)}, once it escalated, can record that it acted.`,
  }),
  FeeNotDue: ([, at]) => ({
    title: 'Fee change not due',
    message: Number(at) > 0 ? `This fee increase takes effect at ${when(at)}.` : 'No fee increase is scheduled.',
  }),
  PlainEthRefused: () => ({
    title: 'Plain ETH refused',
    message: 'The registry takes ETH only with a threat or a backing, never as a plain transfer.',
  }),

  // ── NASH token ────────────────────────────────────────────────────────────
  NoSupply: () => ({
    title: 'No NASH in circulation',
    message: 'There are no NASH holders to distribute to.',
  }),
  NothingToClaim: ([h]) => ({
    title: 'Nothing to claim',
    message: `The account ${short(h)} has no forfeit dividends to claim yet.`,
  }),
  NotRegistry: ([caller]) => ({
    title: 'Only the registry',
    message: `Only the Levetrage registry can make this call; ${short(caller)} is not it.`,
  }),
  NotExcluder: () => ({
    title: 'Not allowed',
    message: 'Only the excluder role can exclude a contract from NASH dividends.',
  }),
  CannotExclude: ([a]) => ({
    title: 'Cannot exclude',
    message: `${short(a)} is not a contract, or is already excluded from dividends.`,
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
  WrongRequestFee: ([expected, sent]) => ({
    title: 'Wrong beacon fee',
    message: `The randomness beacon charges ${eth(expected)} per request; ${eth(sent)} was sent.`,
  }),

  // ── Resolvers: panels, Reality.eth questions, UMA assertions ──────────────
  UnknownThreat: ([id]) => ({
    title: 'Not this resolver’s threat',
    message: `Threat #${String(id)} is not decided by this resolver.`,
  }),
  ThreatClosed: ([id]) => ({
    title: 'Threat decided',
    message: `Threat #${String(id)} has ended or can no longer be decided.`,
  }),
  InvalidResolverData: () => ({
    title: 'Resolver settings unreadable',
    message: 'The resolver’s settings for this threat are malformed.',
  }),
  InvalidQuorum: ([k, n]) => ({
    title: 'Impossible panel',
    message: `A panel needs 1 ≤ k ≤ n ≤ 16 approvals: ${String(k)} of ${String(n)} does not fit.`,
  }),
  ZeroMember: ([i]) => ({ title: 'Empty panel seat', message: `Panel member ${Number(i) + 1} is the zero address.` }),
  DuplicateMember: ([m]) => ({
    title: 'Member named twice',
    message: `${short(m)} is named twice on the panel; each oracle counts once.`,
  }),
  GraceTooLong: ([g, max]) => ({
    title: 'Grace too long',
    message: `The panel’s grace (${String(g)} s) is longer than a threat may ever be held (${String(max)} s).`,
  }),
  NotMember: ([id, a]) => ({
    title: 'Not on the panel',
    message: `${short(a)} is not on the panel of threat #${String(id)}.`,
  }),
  MembersMismatch: ([id]) => ({
    title: 'Wrong member list',
    message: `The member list given is not the panel of threat #${String(id)}.`,
  }),
  AlreadyApproved: ([, m]) => ({
    title: 'Already approved',
    message: `${short(m)} has already approved; each member counts once.`,
  }),
  ApprovalTooLate: ([, deadline]) => ({
    title: 'Too late to approve',
    message: `The deadline (${when(deadline)}) has passed and no claim holds the threat: approvals no longer count.`,
  }),
  PanelAlreadyDecided: ([id]) => ({
    title: 'Already decided',
    message: `The panel of threat #${String(id)} has already decided.`,
  }),
  BadSignature: ([, signer]) => ({
    title: 'Not the member’s signature',
    message: `The approval was not signed by ${short(signer)} for this threat and evidence.`,
  }),
  LengthMismatch: () => ({
    title: 'Signers and signatures differ',
    message: 'Give one signature per signer, in the same order.',
  }),
  ZeroArbitrator: () => ({
    title: 'No arbitrator',
    message: 'A Reality.eth question needs an arbitrator to appeal to.',
  }),
  ZeroMinBond: () => ({
    title: 'No minimum bond',
    message: 'A Reality.eth question needs a minimum bond, so answers cost something.',
  }),
  InvalidTimeout: ([t, max]) => ({
    title: 'Timeout out of range',
    message: `The answer timeout (${String(t)} s) must be more than zero and at most ${String(max)} s.`,
  }),
  QuestionFeeNotSupported: ([a]) => ({
    title: 'Arbitrator charges a question fee',
    message: `The arbitrator ${short(a)} charges a fee to ask a question, which threats cannot pay. Choose another arbitrator.`,
  }),
  BondTooLow: ([bond, min]) => ({
    title: 'Bond too low',
    message: `The bond (${eth(bond)}) must be at least ${eth(min)} and double the last answer’s.`,
  }),
  QuestionFinalized: () => ({
    title: 'Question already final',
    message: 'The question has been finalized: it takes no more answers.',
  }),
  QuestionMismatch: ([id]) => ({
    title: 'Wrong question',
    message: `That is not the question of threat #${String(id)}.`,
  }),
  QuestionNotRejected: () => ({
    title: 'Question not rejected',
    message: 'The question can be asked again only after it finalized "no" or "invalid".',
  }),
  QuestionPendingArbitration: () => ({
    title: 'Waiting for the arbitrator',
    message: 'The question is with the arbitrator: wait for the ruling.',
  }),
  ReaskTooLate: ([, deadline]) => ({
    title: 'Too late to ask again',
    message: `The deadline (${when(deadline)}) has passed.`,
  }),
  AssertionAfterDeadline: ([, deadline]) => ({
    title: 'Too late to assert',
    message: `Assertions count only before the deadline (${when(deadline)}).`,
  }),
  BondBelowMinimum: ([bond, min]) => ({
    title: 'Bond below the oracle’s minimum',
    message: `The bond (${eth(bond)}) is below UMA’s minimum for this currency (${eth(min)}).`,
  }),
  BondTooLarge: ([bond]) => ({ title: 'Bond too large', message: `A bond of ${eth(bond)} does not fit.` }),
  WrongBond: ([sent, bond]) => ({ title: 'Wrong bond', message: `The bond is ${eth(bond)}; ${eth(sent)} was sent.` }),
  ClaimMismatch: ([id]) => ({
    title: 'Wrong claim',
    message: `The claim text is not the one threat #${String(id)} fixed at creation.`,
  }),
  InvalidLiveness: ([l, max]) => ({
    title: 'Liveness out of range',
    message: `The challenge window (${String(l)} s) must be more than zero and at most ${String(max)} s.`,
  }),
  NotOracle: ([caller]) => ({
    title: 'Not the oracle',
    message: `Only UMA’s Optimistic Oracle can call back; ${short(caller)} is not it.`,
  }),
  NothingToExecute: ([id]) => ({
    title: 'Nothing to apply',
    message: `No decided assertion of threat #${String(id)} waits to be applied.`,
  }),
  StringsInsufficientHexLength: () => ({
    title: 'Text too long',
    message: 'A value did not fit the text the resolver builds.',
  }),
  InvalidShortString: () => ({ title: 'Name unreadable', message: 'A resolver name could not be read.' }),
  StringTooLong: () => ({ title: 'Name too long', message: 'A resolver name is too long.' }),
  SafeERC20FailedOperation: ([token]) => ({
    title: 'Token transfer failed',
    message: `The bond token (${short(token)}) refused the transfer: check the balance and approval.`,
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
