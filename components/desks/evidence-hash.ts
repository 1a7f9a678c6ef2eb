// Apart from provider-engagements.ts (which reads logs): the provider's "we acted" form imports only this check.

/** Why an evidence hash cannot be recorded, or null. */
export function evidenceHashProblem(hash: string): string | null {
  const h = hash.trim();
  if (!h) return 'Choose the evidence file (the court filing, the campaign report) or paste its sha-256.';
  if (!/^0x[0-9a-fA-F]{64}$/.test(h)) return 'The evidence hash must be a sha-256: 0x followed by 64 hex digits.';
  if (/^0x0{64}$/.test(h)) return 'The evidence hash cannot be all zeros.';
  return null;
}
