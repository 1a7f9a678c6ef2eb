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

/** sessionStorage key of the threat the current draft created (the draft is then closed). */
export const CREATED_KEY = 'levetrage.wizard.created.v1';

/** The threat a signed draft created: the draft is closed, so it is never signed a second time by mistake. */
export interface CreatedThreat {
  id: string;
  chainId: number;
}

/** The threat the draft in this tab created, if any (survives Back, Change and reloads). */
export function loadCreated(storage: DraftStorage | undefined): CreatedThreat | null {
  try {
    const raw = storage?.getItem(CREATED_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<CreatedThreat>;
    return typeof v.id === 'string' && /^\d+$/.test(v.id) && Number.isSafeInteger(v.chainId)
      ? { id: v.id, chainId: v.chainId! }
      : null;
  } catch {
    return null;
  }
}

/** Records that the draft was signed (or forgets it, with `null`: a new draft). */
export function saveCreated(storage: DraftStorage | undefined, created: CreatedThreat | null): void {
  try {
    if (created) storage?.setItem(CREATED_KEY, JSON.stringify(created));
    else storage?.removeItem(CREATED_KEY);
  } catch {
    /* quota or privacy mode */
  }
}
