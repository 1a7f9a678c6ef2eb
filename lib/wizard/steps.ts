import type { ThreatKind, WizardValues } from './types';

/** Step ids, in order; they appear in the URL as `/create?step=<id>`. */
export const STEP_IDS = ['kind', 'demand', 'escalation', 'resolution', 'odds', 'stakes', 'funding', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Headings shown for each step (and in the progress list). */
export const STEP_TITLES: Record<StepId, string> = {
  kind: 'Kind of threat',
  demand: 'The demand',
  escalation: 'Escalation',
  resolution: 'Resolution',
  odds: 'Odds',
  stakes: 'Stakes and math',
  funding: 'Backers, pool and client',
  review: 'Check your answers and sign',
};

/** The form fields each step edits, in display order (used for validation and the error summary). */
export const STEP_FIELDS: Record<StepId, (keyof WizardValues)[]> = {
  kind: ['kind'],
  demand: ['terms', 'deadline', 'adversaryName', 'adversaryAddress'],
  escalation: ['provider', 'providerAction', 'agreementHash', 'engagementCode'],
  resolution: [
    'resolutionKind',
    'terminators',
    'quorum',
    'realityArbitrator',
    'realityTimeoutValue',
    'realityBondEth',
    'umaBondEth',
    'umaLivenessValue',
    'timeoutAction',
  ],
  odds: ['pEscalatePct', 'pTerminatePct', 'periodValue', 'periodUnit'],
  stakes: ['stakeEth', 'disputedAmount', 'makerLoss', 'adversaryLoss', 'ignoreChancePct'],
  funding: [
    'funding',
    'capEth',
    'allowList',
    'poolUntil',
    'poolMinPledgers',
    'poolMinTotalEth',
    'beneficiary',
    'linkedTo',
  ],
  review: [],
};

/** The steps that apply to a kind of threat: a commitment has no odds step. */
export function stepsFor(kind: ThreatKind | ''): StepId[] {
  return STEP_IDS.filter((s) => s !== 'odds' || kind !== 'commitment');
}

/** Parses the `step` URL parameter; anything unknown (or a step the kind skips) falls back to the first step. */
export function parseStep(raw: string | null | undefined, kind: ThreatKind | ''): StepId {
  const steps = stepsFor(kind);
  return steps.includes(raw as StepId) ? (raw as StepId) : 'kind';
}

/** The step after `step` for this kind, or null at the end. */
export function nextStep(step: StepId, kind: ThreatKind | ''): StepId | null {
  const steps = stepsFor(kind);
  const i = steps.indexOf(step);
  return i >= 0 && i < steps.length - 1 ? steps[i + 1] : null;
}

/** The step before `step` for this kind, or null at the start. */
export function previousStep(step: StepId, kind: ThreatKind | ''): StepId | null {
  const steps = stepsFor(kind);
  const i = steps.indexOf(step);
  return i > 0 ? steps[i - 1] : null;
}

/** DOM id of a field's input, so errors can link to it (`field-terminators-1-address`). */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}
