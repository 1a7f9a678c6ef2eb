/**
 * The wizard's form values. Inputs are kept as the strings the user typed so that nothing is lost on
 * bad input; `schema.ts` validates them and `to-params.ts` turns them into contract parameters.
 */
import type { ThreatKind, TimeoutAction } from '../threats/types';

export type { ThreatKind };
export type PeriodUnit = 'minutes' | 'hours' | 'days';
export type OddsMode = 'manual' | 'target' | 'range';
/** Which of the deployment's randomness beacons a probabilistic threat draws from. */
export type BeaconChoice = 'prevrandao' | 'vrf';

/** Who decides whether the demand was met (issue #9): named oracles (k of n), a Reality.eth question, an UMA
 * assertion. */
export type ResolutionChoice = 'oracles' | 'reality' | 'uma';

export interface TerminatorEntry {
  address: string;
}

export interface WizardValues {
  /** Step 1 */
  kind: ThreatKind | '';
  preset: string;
  /** Step 2: the demand, readable by the adversary. */
  terms: string;
  /** `datetime-local` value (local time), the contract's deadline: the demand must be met before it. */
  deadline: string;
  adversaryName: string;
  adversaryAddress: string;
  /** Step 3 */
  provider: string;
  providerAction: string;
  agreementHash: string;
  agreementFileName: string;
  /**
   * The provider's engagement code (lib/engagements/link.ts: its signature of the engagement, or "accepted on
   * chain"). Needed when the threat can escalate (probabilistic, or timeout Escalate).
   */
  engagementCode: string;
  /** The agreement template draft (lib/wizard/agreement-draft.ts), JSON; empty when the maker drops a file. */
  agreementDraft: string;
  /** Step 4: the resolution. */
  resolutionKind: ResolutionChoice;
  /** Named oracles: the terminators (n) and how many must approve (k, a whole number as typed). */
  terminators: TerminatorEntry[];
  quorum: string;
  /** Reality.eth: the arbitrator, the answer timeout and the minimum bond (ETH). */
  realityArbitrator: string;
  realityTimeoutValue: string;
  realityTimeoutUnit: PeriodUnit;
  realityBondEth: string;
  /** UMA: the bond (WETH, as ETH) and the liveness; `umaMinBondWei` is the oracle's minimum as read (wei, '' unknown). */
  umaBondEth: string;
  umaLivenessValue: string;
  umaLivenessUnit: PeriodUnit;
  umaMinBondWei: string;
  timeoutAction: TimeoutAction | '';
  /** Step 5 (probabilistic only); percentages per period. */
  oddsMode: OddsMode;
  pEscalatePct: string;
  pTerminatePct: string;
  periodValue: string;
  periodUnit: PeriodUnit;
  /** The randomness beacon of the draws (lib/wizard/beacons.ts); '' = the deployment's first. */
  beacon: BeaconChoice | '';
  targetPct: string;
  targetDays: string;
  /** Step 6: stake in ETH; losses and the disputed amount in one currency, `lossCurrency` (USD or ETH). */
  stakeEth: string;
  /** The currency of the disputed amount and the losses; the page shows each in the other too (ETH/USD feed). */
  lossCurrency?: 'usd' | 'eth';
  disputedAmount: string;
  makerLoss: string;
  adversaryLoss: string;
  /** Chance (%) that the adversary ignores any threat (Schelling's "hard-line" type). */
  ignoreChancePct: string;
  /** Issue #15 (lib/wizard/funding.ts): a public promise ('yes'): the demand is the maker's own act. */
  promise: 'no' | 'yes';
  /** Who funds it: the maker alone, backers of the live threat too, or a pledge pool that goes live at a threshold. */
  funding: 'maker' | 'backers' | 'pool';
  /** Most total stake (ETH) when others may add to it. */
  capEth: string;
  /** Accounts allowed to back or pledge (empty: anyone), one per line. */
  allowList: string;
  /** A pool: pledges are collected until this `datetime-local` time; thresholds (empty: not used). */
  poolUntil: string;
  poolMinPledgers: string;
  poolMinTotalEth: string;
  /** Who receives the maker's refunds (empty: the signing wallet), e.g. a professional's client. */
  beneficiary: string;
  /** The threat this one answers (a counter-commitment), as a threat id; empty: none. */
  linkedTo: string;
  /** 'link': the wizard prepares a "review and fund" link for the client instead of signing. */
  forClient: 'no' | 'link';
  /** The professional who prepared the link (written into the published terms). */
  preparedBy: string;
}

/** A blank form. */
export const EMPTY_VALUES: WizardValues = {
  kind: '',
  preset: '',
  terms: '',
  deadline: '',
  adversaryName: '',
  adversaryAddress: '',
  provider: '',
  providerAction: '',
  agreementHash: '',
  agreementFileName: '',
  engagementCode: '',
  agreementDraft: '',
  resolutionKind: 'oracles',
  terminators: [{ address: '' }],
  quorum: '1',
  realityArbitrator: '',
  realityTimeoutValue: '1',
  realityTimeoutUnit: 'days',
  realityBondEth: '0.01',
  umaBondEth: '0.01',
  umaLivenessValue: '2',
  umaLivenessUnit: 'hours',
  umaMinBondWei: '',
  timeoutAction: '',
  oddsMode: 'manual',
  pEscalatePct: '',
  pTerminatePct: '0',
  periodValue: '1',
  periodUnit: 'days',
  beacon: '',
  targetPct: '50',
  targetDays: '30',
  stakeEth: '',
  disputedAmount: '',
  makerLoss: '',
  adversaryLoss: '',
  lossCurrency: 'usd',
  ignoreChancePct: '10',
  promise: 'no',
  funding: 'maker',
  capEth: '',
  allowList: '',
  poolUntil: '',
  poolMinPledgers: '',
  poolMinTotalEth: '',
  beneficiary: '',
  linkedTo: '',
  forClient: 'no',
  preparedBy: '',
};
