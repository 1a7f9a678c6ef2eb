import { STORIES, storyAddresses, storyAgreement, storyEscalates, type Story } from '../stories';
import { EMPTY_VALUES, type PeriodUnit, type WizardValues } from './types';
import { probabilityToPercentString, toDatetimeLocal, UNIT_SECONDS } from './units';

/**
 * The white paper's stories (lib/stories.ts, the one source) as one-click presets that fill every step.
 * On the local chain (31337) the parties are anvil's dev accounts (the oracle, law firm Y, PR firm A, X Corp), so
 * a preset works as it is; on any other chain a preset fills in only the story, never an address whose key
 * is public: the maker enters the real provider, oracle and adversary.
 */
export interface Preset {
  id: Story['presetId'];
  title: string;
  /** One line on what the story is, with its white-paper section. */
  summary: string;
  /** The agreement's template inputs, served at /demo-agreements/<file>. */
  agreementFileName: string;
  /** Deadline in days from now. */
  days: number;
  story: Story;
}

export const PRESETS: readonly Preset[] = STORIES.map((story) => ({
  id: story.presetId,
  title: story.title,
  summary: `Section ${story.section.replace('§', '')}: ${story.summary}`,
  agreementFileName: storyAgreement(story, 0).file,
  days: story.days,
  story,
}));

/** A period in seconds as the wizard's value and unit: 86400 → "1" "days", 180 → "3" "minutes". */
function periodFields(seconds: number): { periodValue: string; periodUnit: PeriodUnit } {
  for (const unit of ['days', 'hours', 'minutes'] as const) {
    if (seconds % UNIT_SECONDS[unit] === 0)
      return { periodValue: String(seconds / UNIT_SECONDS[unit]), periodUnit: unit };
  }
  return { periodValue: String(seconds / 60), periodUnit: 'minutes' };
}

/**
 * The form values for preset `id`, with the deadline `days` after `now` (unix seconds), for the chain the
 * wizard works on: addresses only on the local chain (31337), the story alone anywhere else.
 */
export function presetValues(id: string, now: number, chainId: number): WizardValues {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new RangeError(`preset: unknown id "${id}"`);
  const { story } = p;
  const parties = storyAddresses(story, chainId);
  return {
    ...EMPTY_VALUES,
    kind: story.odds ? 'probabilistic' : 'commitment',
    preset: p.id,
    terms: story.terms,
    deadline: toDatetimeLocal(now + story.days * 86_400),
    adversaryName: story.adversaryName,
    adversaryAddress: parties?.adversary ?? '',
    provider: storyEscalates(story) ? (parties?.provider ?? '') : '',
    providerAction: storyEscalates(story) ? story.providerAction : '',
    agreementHash: storyEscalates(story) ? (storyAgreement(story, chainId).hash ?? '') : '',
    agreementFileName:
      storyEscalates(story) && storyAgreement(story, chainId).hash ? storyAgreement(story, 0).file : '',
    terminators: [{ address: parties?.oracle ?? '' }],
    timeoutAction: story.timeoutAction,
    ...(story.odds
      ? {
          oddsMode: 'manual' as const,
          pEscalatePct: probabilityToPercentString(story.odds.pEscalate),
          pTerminatePct: probabilityToPercentString(story.odds.pTerminate),
          ...periodFields(story.odds.periodSeconds),
        }
      : {}),
    stakeEth: story.stakeEth,
    disputedAmount: String(story.economics.disputed),
    makerLoss: String(story.economics.makerLoss),
    adversaryLoss: String(story.economics.adversaryLoss),
    lossCurrency: 'usd', // the white paper's stories are in dollars
    ignoreChancePct: String(story.economics.ignoreChancePct),
  };
}
