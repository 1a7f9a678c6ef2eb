// Parses human durations for `npm run warp`: "90" or "90s", "15m", "1h", "2d", "1w", and sums like "1d12h".

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/**
 * @param {string} text e.g. "1h", "2d", "1d12h", "3600"
 * @returns {number} seconds
 * @throws {Error} with the accepted forms when the text is not a duration
 */
export function parseDuration(text) {
  const t = String(text ?? '')
    .trim()
    .toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  const parts = [...t.matchAll(/(\d+)\s*([smhdw])/g)];
  if (
    !t ||
    parts.length === 0 ||
    parts
      .map((p) => p[0])
      .join('')
      .replace(/\s/g, '') !== t.replace(/\s/g, '')
  ) {
    throw new Error(
      `"${text}" is not a duration: use seconds (3600) or units s, m, h, d, w (90s, 15m, 1h, 2d, 1w, 1d12h)`,
    );
  }
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNIT_SECONDS[unit], 0);
}
