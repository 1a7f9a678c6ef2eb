/**
 * The wizard's form values. Inputs are kept as the strings the user typed so that nothing is lost on
 * bad input; `schema.ts` validates them and `to-params.ts` turns them into contract parameters.
 */
import type { ThreatKind, TimeoutAction } from '../threats/types';

export type { ThreatKind };
export type PeriodUnit = 'minutes' | 'hours' | 'days';
export type OddsMode = 'manual' | 'target' | 'range';

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
  /** Step 4 */
  terminators: TerminatorEntry[];
  timeoutAction: TimeoutAction | '';
  /** Step 5 (probabilistic only); percentages per period. */
  oddsMode: OddsMode;
  pEscalatePct: string;
  pTerminatePct: string;
  periodValue: string;
  periodUnit: PeriodUnit;
  targetPct: string;
  targetDays: string;
  /** Step 6: stake in ETH; losses and the disputed amount in any one currency (e.g. USD). */
  stakeEth: string;
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
  terminators: [{ address: '' }],
  timeoutAction: '',
  oddsMode: 'manual',
  pEscalatePct: '',
  pTerminatePct: '0',
  periodValue: '1',
  periodUnit: 'days',
  targetPct: '50',
  targetDays: '30',
  stakeEth: '',
  disputedAmount: '',
  makerLoss: '',
  adversaryLoss: '',
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
