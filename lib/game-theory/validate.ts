/**
 * Input validation shared by the game-theory library.
 *
 * Every check throws a `RangeError` whose message starts with the field name and states the
 * allowed range, e.g. `p must be a probability in [0, 1]; got 1.2`. UI code can show the message
 * next to the field as is.
 */

/** Formats a received value for an error message (keeps NaN / Infinity readable). */
function show(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Throws `RangeError("<field> must be <rule>; got <value>")`. */
export function fail(field: string, rule: string, value: unknown): never {
  throw new RangeError(`${field} must be ${rule}; got ${show(value)}`);
}

/** Requires a finite number (rejects NaN, ±Infinity and non-numbers). Returns it. */
export function finite(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(field, 'a finite number', value);
  return value;
}

/** Requires a finite number ≥ 0 (costs, losses, rates, counts). */
export function nonNegative(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(field, 'a finite number ≥ 0', value);
  }
  return value;
}

/** Requires a finite number > 0 (period lengths, surpluses that must be positive). */
export function positive(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(field, 'a finite number > 0', value);
  }
  return value;
}

/** Requires a probability in the closed interval [0, 1]. */
export function probability(field: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    fail(field, 'a probability in [0, 1]', value);
  }
  return value;
}

/** Requires a number in the half-open interval (0, 1] (e.g. a per-period escalation probability that must be positive). */
export function probabilityPositive(field: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    fail(field, 'a probability in (0, 1]', value);
  }
  return value;
}

/** Requires a number in the open interval (0, 1) (discount factors δ, bargaining powers τ, per-period costs). */
export function openUnit(field: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) fail(field, 'in (0, 1)', value);
  return value;
}

/** Requires a number in (0, 1] (discount factors where 1 = no discounting is allowed). */
export function unitLeftOpen(field: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) fail(field, 'in (0, 1]', value);
  return value;
}

/** Requires a non-negative integer (a count of periods). */
export function count(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(field, 'a non-negative integer (a number of periods)', value);
  }
  return value;
}

/** Requires a positive integer (a number of periods ≥ 1). */
export function positiveCount(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    fail(field, 'a positive integer (a number of periods ≥ 1)', value);
  }
  return value;
}

/** Requires 1 or 2 (who makes the first offer). */
export function proposer(field: string, value: unknown): 1 | 2 {
  if (value !== 1 && value !== 2) fail(field, '1 or 2', value);
  return value;
}

/** Requires a finite interval [lo, hi] with lo < hi. */
export function interval(field: string, value: unknown): [number, number] {
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'number' ||
    typeof value[1] !== 'number' ||
    !Number.isFinite(value[0]) ||
    !Number.isFinite(value[1]) ||
    !(value[0] < value[1])
  ) {
    fail(field, 'a finite interval [lo, hi] with lo < hi', value);
  }
  return [value[0], value[1]];
}

/** Requires an object argument (guards against calling with nothing). */
export function params<T>(name: string, value: T): T {
  if (value === null || typeof value !== 'object') fail(name, 'called with a parameter object', value);
  return value;
}
