/**
 * Canonical JSON and base64url: the one encoding of everything a link carries (agreement inputs, engagement
 * requests and responses), so the same content always gives the same text, the same hash and the same link.
 */

/**
 * JSON with object keys sorted and no whitespace (or `indent` spaces), undefined fields dropped, only safe
 * integers as numbers (bigints must be strings first), so equal content always gives identical text.
 */
export function canonicalJson(value: unknown, indent = 0): string {
  const sorted = (v: unknown): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new Error(`canonicalJson: only safe integers are allowed, got ${v}`);
      return v;
    }
    if (Array.isArray(v)) return v.map(sorted);
    if (typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v as object).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) out[k] = sorted(x);
      }
      return out;
    }
    throw new Error(`canonicalJson: cannot encode a ${typeof v}`);
  };
  return JSON.stringify(sorted(value), null, indent || undefined);
}

/** Bytes as base64url without padding (URL- and fragment-safe). */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) to bytes; null when the text is not base64url. */
export function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  try {
    const bin = atob(b64);
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
