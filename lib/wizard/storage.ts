import { EMPTY_VALUES, type WizardValues } from './types';

/** sessionStorage key of the wizard's draft. */
export const DRAFT_KEY = 'levetrage.wizard.draft.v1';

/** The minimal Storage surface used (sessionStorage in the browser, a Map-backed fake in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Reads the saved draft. Unknown keys are dropped and missing ones filled from the blank form, so a draft
 * saved by an older version, or a corrupted one, never breaks the wizard (it falls back to a blank form).
 */
export function loadDraft(storage: DraftStorage | undefined): WizardValues {
  if (!storage) return structuredClone(EMPTY_VALUES);
  try {
    const raw = storage.getItem(DRAFT_KEY);
    if (!raw) return structuredClone(EMPTY_VALUES);
    return valuesFrom(JSON.parse(raw));
  } catch {
    return structuredClone(EMPTY_VALUES);
  }
}

/** The wizard's values from untrusted JSON (a draft, a fund link): known fields of the right type only, the
 * rest from the blank form. */
export function valuesFrom(json: unknown): WizardValues {
  const parsed = (json && typeof json === 'object' ? json : {}) as Partial<Record<keyof WizardValues, unknown>>;
  const out = structuredClone(EMPTY_VALUES) as unknown as Record<string, unknown>;
  for (const key of Object.keys(EMPTY_VALUES) as (keyof WizardValues)[]) {
    const value = parsed[key];
    if (key === 'terminators') {
      if (Array.isArray(value) && value.every((t) => t && typeof t.address === 'string'))
        out.terminators = value.map((t: { address: string }) => ({ address: t.address }));
    } else if (typeof value === 'string') out[key] = value;
  }
  return out as unknown as WizardValues;
}

/** Saves the draft (ignores a full or unavailable storage: the form still works, it just won't survive a reload). */
export function saveDraft(storage: DraftStorage | undefined, values: WizardValues): void {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify(values));
  } catch {
    /* quota or privacy mode */
  }
}

/** Forgets the draft (after a threat was created, or on "start over"). */
export function clearDraft(storage: DraftStorage | undefined): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    /* ignore */
  }
}
