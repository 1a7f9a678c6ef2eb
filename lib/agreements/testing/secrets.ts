/** Test helper for the confidentiality checks. */

/** Distinctive phrases of a confidential file: its lines' long fragments. */
export function secretLines(text: string): string[] {
  return text
    .split('\n')
    .flatMap((l) => l.split(/[:;,]/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && !/fictional|Levetrage|sha-256|PR Firm A/.test(s));
}
