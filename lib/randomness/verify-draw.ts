import { DRAW_OUTCOME_KEYS, drawOutcomeKey, type DrawOutcomeKey } from '../contracts/enums.generated';
import { drawRoll, type DrawInput } from './draw-rule';

/** A settled draw as claimed on-chain (for instance by a `DrawSettled` event), to be checked. */
export interface VerifyDrawInput extends DrawInput {
  /** The outcome the chain recorded: a name or the `DrawOutcome` enum value (0 continue, 1 escalate, 2 terminate). */
  claimedOutcome: DrawOutcomeKey | number | bigint;
  /** True when the draw lapsed (its value could never be proven): it then counts as 'escalate' and has no roll. */
  lapsed?: boolean;
}

/** The result of recomputing a draw. */
export interface VerifyDrawResult {
  /** Whether the claimed outcome is what the draw rule gives. */
  ok: boolean;
  /** The outcome recomputed from the inputs. */
  outcome: DrawOutcomeKey;
  /** r in [0, PROB_SCALE), or null for a lapsed draw. */
  roll: number | null;
  /** One sentence for the public page explaining the verdict. */
  explanation: string;
}

function claimedName(claimed: VerifyDrawInput['claimedOutcome']): DrawOutcomeKey {
  if (typeof claimed === 'string' && (DRAW_OUTCOME_KEYS as readonly string[]).includes(claimed)) return claimed;
  if (typeof claimed === 'number' || typeof claimed === 'bigint') return drawOutcomeKey(claimed);
  throw new RangeError(`claimedOutcome must be 'continue', 'escalate', 'terminate' or 0..2, got ${String(claimed)}`);
}

/**
 * Recomputes a draw in the browser and compares it with the outcome the chain recorded.
 * Throws a RangeError for malformed inputs (bad hex, negative numbers, unknown outcome).
 */
export function verifyDraw(input: VerifyDrawInput): VerifyDrawResult {
  const claimed = claimedName(input.claimedOutcome);
  if (input.lapsed) {
    const ok = claimed === 'escalate';
    return {
      ok,
      outcome: 'escalate',
      roll: null,
      explanation: ok
        ? 'The beacon value could no longer be proven, so by the lapse rule this draw counts as escalate.'
        : `A lapsed draw counts as escalate, but the chain recorded ${claimed}.`,
    };
  }
  const { outcome, roll } = drawRoll(input);
  const pE = Number(input.pEscalate);
  const pT = Number(input.pTerminate);
  const band =
    outcome === 'escalate'
      ? `r = ${roll} < pEscalate = ${pE}`
      : outcome === 'terminate'
        ? `${pE} <= r = ${roll} < pEscalate + pTerminate = ${pE + pT}`
        : `r = ${roll} >= pEscalate + pTerminate = ${pE + pT}`;
  const ok = claimed === outcome;
  return {
    ok,
    outcome,
    roll,
    explanation: ok
      ? `Verified: ${band}, so the outcome is ${outcome}.`
      : `Mismatch: ${band} gives ${outcome}, but the chain recorded ${claimed}.`,
  };
}
