/**
 * Runs a library call and turns a thrown RangeError (the game-theory library's way of rejecting
 * inputs, with a message naming the field) into a value the page can show next to the result.
 * Anything else is a bug and is re-thrown.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** `fn()` as an {@link Outcome}: RangeError → `{ ok: false, error: message }`. */
export function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, error: e.message };
    throw e;
  }
}
