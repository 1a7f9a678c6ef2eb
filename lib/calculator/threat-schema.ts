import { z } from 'zod';
import { periodName } from '../format';
import { getStory, type Story } from '../stories';
import { probabilityToPercentString } from '../wizard/units';
import { MONEY_LIMIT, nameField, numberField } from './number-field';

/**
 * Inputs of the "Probabilistic threat" tab. Probabilities are entered in percent (5 = 5%).
 * - `pPercent`: escalation probability per period; `periods`: the deadline in periods;
 * - `demand`: what the adversary gives up by complying (worth as much to the maker);
 * - `lossMaker` / `lossAdversary`: what escalation costs each side (both ≥ 0, money);
 * - `hardLinePercent`: the chance the adversary is a type that ignores any threat.
 */
export const THREAT_UNITS = ['hour', 'day', 'week', 'month'] as const;
export type ThreatUnit = (typeof THREAT_UNITS)[number];

/** Longest horizon accepted (keeps the charts meaningful and the page fast). */
export const MAX_PERIODS = 3650;

/** Raw-string → typed schema of the threat tab. */
export const threatSchema = z.object({
  name1: nameField('Your name'),
  name2: nameField('Adversary name'),
  pPercent: numberField('Escalation probability per period (%)', { min: 0, max: 100, minExclusive: true }),
  periods: numberField('Deadline (periods)', { min: 1, max: MAX_PERIODS, integer: true }),
  unit: z.enum(THREAT_UNITS, { error: `Period must be one of: ${THREAT_UNITS.join(', ')}` }),
  demand: numberField('Demand (value of compliance)', { min: 0, max: MONEY_LIMIT }),
  lossMaker: numberField('Your loss if it escalates', { min: 0, max: MONEY_LIMIT }),
  lossAdversary: numberField("Adversary's loss if it escalates", { min: 0, minExclusive: true, max: MONEY_LIMIT }),
  hardLinePercent: numberField('Chance the adversary ignores any threat (%)', { min: 0, max: 100, maxExclusive: true }),
});

export type ThreatInput = z.output<typeof threatSchema>;

/** Field names of the threat tab, in form order. */
export const THREAT_FIELDS = [
  'name1',
  'name2',
  'pPercent',
  'periods',
  'unit',
  'demand',
  'lossMaker',
  'lossAdversary',
  'hardLinePercent',
] as const;

/**
 * A story of lib/stories.ts as the threat tab's raw inputs (its odds, deadline and economics), under the
 * calculator's own names for the two sides.
 */
export function storyThreatFields(
  story: Story,
  names: [string, string],
): Record<(typeof THREAT_FIELDS)[number], string> {
  if (!story.odds) throw new RangeError(`story ${story.key} is a commitment: it has no odds for the threat tab`);
  const { periodSeconds } = story.odds;
  return {
    name1: names[0],
    name2: names[1],
    pPercent: probabilityToPercentString(story.odds.pEscalate),
    periods: String(Math.floor((story.days * 86_400) / periodSeconds)),
    unit: periodName(periodSeconds),
    demand: String(story.economics.disputed),
    lossMaker: String(story.economics.makerLoss),
    lossAdversary: String(story.economics.adversaryLoss),
    hardLinePercent: String(story.economics.ignoreChancePct),
  };
}

/** Default raw inputs: Jane's tick-tock threat of white paper §8.1 (5%/day, 30 days), from lib/stories.ts. */
export const THREAT_DEFAULTS = storyThreatFields(getStory('jane-law-firm')!, ['Jane', 'Company X']);
