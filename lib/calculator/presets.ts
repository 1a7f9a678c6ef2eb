import { SPLIT_DEFAULTS } from './split-schema';
import { getStory } from '../stories';
import { storyThreatFields, THREAT_DEFAULTS } from './threat-schema';
import { calculatorHref } from './url';

/**
 * The white paper's worked examples as calculator links. Numbers the paper states are used as is;
 * numbers it leaves open (Joe's demand and the adversary's loss) are marked as assumptions. The threat
 * presets take their numbers from the stories (lib/stories.ts), like the seed and the wizard.
 */
export interface Preset {
  id: 'mike' | 'jane-refund' | 'jane-threat' | 'joe';
  title: string;
  /** White-paper section the numbers come from. */
  section: string;
  /** What the example is about, one or two sentences. */
  summary: string;
  /** Inputs the paper does not give, with the value we chose. */
  assumptions: string[];
  /** What the paper says the answer is (checked against the library by the tests). */
  paperResult: string;
  /** Text of the link that opens the preset (unique on the page). */
  linkLabel: string;
  /** Search params of the calculation (tab, mode and every field). */
  params: Record<string, string>;
}

export const PRESETS: Preset[] = [
  {
    id: 'mike',
    linkLabel: 'Open Mike’s raise',
    title: 'Mike asks for a raise',
    section: '§6.1',
    summary:
      'Mike’s work creates a 1,000,000 surplus for employer X. Walking away, Mike earns 100,000 elsewhere; X is assumed to get 0.',
    assumptions: [
      'Both risk-neutral, equal bargaining power',
      'Rubinstein column: 5% breakdown risk per rejected offer, no discounting',
    ],
    paperResult: 'Maximising the Nash product, Mike could be making 550,000.',
    params: { tab: 'split', mode: 'surplus', ...SPLIT_DEFAULTS.surplus },
  },
  {
    id: 'jane-refund',
    linkLabel: 'Open Jane’s refund',
    title: 'Jane’s refund',
    section: '§6.1',
    summary:
      'Jane wants a 13,000 refund from company X. The agreement is the refund x in [0, 13,000]; a lawsuit leaves Jane at −2,000 and X at −100,000.',
    assumptions: ['Utilities are money: Jane u₁ = x, X u₂ = −x'],
    paperResult: 'The Nash product is maximised at the far endpoint: Jane gets her full refund of 13,000.',
    params: { tab: 'split', mode: 'interval', ...SPLIT_DEFAULTS.interval },
  },
  {
    id: 'jane-threat',
    linkLabel: 'Open Jane’s threat',
    title: 'Jane’s tick-tock threat',
    section: '§8.1',
    summary:
      'Each day, with probability 5%, Jane’s stake goes to law firm Y, which then sues X. A lawsuit costs Jane 2,000 and X 100,000.',
    assumptions: ['A 30-day horizon', '10% chance X ignores any threat'],
    paperResult: 'Expected cost per day: 100 for Jane, 5,000 for X.',
    params: { tab: 'threat', ...THREAT_DEFAULTS },
  },
  {
    id: 'joe',
    linkLabel: 'Open Joe’s piñata',
    title: 'Joe’s hornet’s nest piñata',
    section: '§9',
    summary:
      'Joe, hit by a SLAPP suit, commits 5,000 to a PR firm that publishes his story if a 5%-per-day draw fires within two months.',
    assumptions: [
      'The demand (X drops the suit) is worth 20,000 — the paper gives no figure',
      'A PR campaign costs X 50,000 — the paper says only “heavy losses”',
      '20% chance X ignores any threat',
    ],
    paperResult: '5% per day over two months: the story is likely out before the deadline unless X settles.',
    params: { tab: 'threat', ...storyThreatFields(getStory('joe-pinata')!, ['Joe', 'X (plaintiff)']) },
  },
];

/** Link that opens a preset in its tab. */
export function presetHref(preset: Preset): string {
  return calculatorHref(preset.params);
}
