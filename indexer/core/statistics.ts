// When the embedded database's planner statistics are stale (pure; used by indexer/src/api/statistics.ts).

/** Autovacuum's analyze threshold (`autovacuum_analyze_threshold` + `autovacuum_analyze_scale_factor` × rows). */
export function needsAnalyze(rowsNow: number, rowsAtLastAnalyze: number | null): boolean {
  if (rowsAtLastAnalyze === null) return rowsNow > 0;
  return Math.abs(rowsNow - rowsAtLastAnalyze) > 50 + 0.1 * rowsAtLastAnalyze;
}
