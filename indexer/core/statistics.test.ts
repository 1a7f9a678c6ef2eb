import { describe, expect, it } from 'vitest';
import { needsAnalyze } from './statistics';

describe('needsAnalyze (autovacuum’s rule: 50 rows + 10% changed since the last ANALYZE)', () => {
  it('analyzes a table that has rows and was never analyzed, not an empty one', () => {
    expect(needsAnalyze(0, null)).toBe(false);
    expect(needsAnalyze(1, null)).toBe(true);
  });
  it('waits until the change passes 50 + 10% of the rows counted at the last ANALYZE', () => {
    expect(needsAnalyze(100, 0)).toBe(true);
    expect(needsAnalyze(50, 0)).toBe(false);
    expect(needsAnalyze(1_150, 1_000)).toBe(false);
    expect(needsAnalyze(1_151, 1_000)).toBe(true);
    expect(needsAnalyze(10_000, 10_000)).toBe(false);
    expect(needsAnalyze(11_051, 10_000)).toBe(true);
    // a reorg or a restart that shrinks the table counts as change too
    expect(needsAnalyze(8_000, 10_000)).toBe(true);
  });
});
