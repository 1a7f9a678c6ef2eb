import { computeIntervalSplit, computeSurplusSplit } from './compute-split';
import { computeThreat } from './compute-threat';
import { formatAmount, formatPercent } from '../format';
import type { Preset } from './presets';
import { parseCalculatorParams } from './url';

/**
 * The calculator's own headline answer for a preset (computed by lib/game-theory through the same
 * code as the tabs), shown on the preset card next to what the white paper says.
 */
export function presetResult(preset: Preset): string {
  const state = parseCalculatorParams(preset.params);
  if (preset.params.tab === 'threat') {
    if (!state.threat.value) return `Invalid preset: ${Object.values(state.threat.errors).join('; ')}`;
    const v = computeThreat(state.threat.value);
    const [you, them] = v.names;
    return `${you} ${formatAmount(v.perPeriod.maker)}/${v.unit}, ${them} ${formatAmount(v.perPeriod.adversary)}/${v.unit}; ${formatPercent(v.probByDeadline, { significant: 3 })} escalated by the deadline.`;
  }
  const split = state.split;
  if (split.mode === 'surplus' && split.form.value) {
    const v = computeSurplusSplit(split.form.value);
    const nash = v.solutions[0].outcome;
    return nash.ok ? `Nash: ${v.names[0]} gets ${formatAmount(nash.value.x1 ?? NaN)}.` : `Nash: ${nash.error}`;
  }
  if (split.mode === 'interval' && split.form.value) {
    const v = computeIntervalSplit(split.form.value);
    const nash = v.solutions[0].outcome;
    return nash.ok ? `Nash: x = ${formatAmount(nash.value.x ?? NaN)}.` : `Nash: ${nash.error}`;
  }
  return `Invalid preset: ${Object.values(split.form.errors).join('; ')}`;
}
