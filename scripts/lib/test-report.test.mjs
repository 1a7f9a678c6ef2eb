import { describe, expect, it } from 'vitest';
import { forgeCounts, forgeJsonFromStdout, summaryLine, vitestCounts } from './test-report.mjs';

describe('forgeCounts', () => {
  it('counts successes, failures and skips (skips count as failed)', () => {
    const c = forgeCounts({
      'contracts/test/A.t.sol:A': {
        test_results: {
          'test_a()': { status: 'Success' },
          'test_b()': { status: 'Failure', reason: 'assertion failed' },
        },
      },
      'contracts/test/B.t.sol:B': {
        test_results: { 'test_c()': { status: 'Success' }, 'test_d()': { status: 'Skipped' } },
      },
      'contracts/test/C.t.sol:C': {},
    });
    expect(c).toMatchObject({ passed: 2, failed: 2, skipped: 1 });
    expect(c.failures).toEqual([
      'FAILED contracts/test/A.t.sol:A test_b(): assertion failed',
      'SKIPPED contracts/test/B.t.sol:B test_d()',
    ]);
  });

  it('finds the JSON line after compiler output, or says there is none', () => {
    expect(forgeJsonFromStdout('Compiling 3 files\nSolc finished\n{"x:Y":{"test_results":{}}}\n')).toEqual({
      'x:Y': { test_results: {} },
    });
    expect(forgeJsonFromStdout('Error: compilation failed\n')).toBeNull();
  });
});

describe('vitestCounts', () => {
  const root = '/repo';
  it('counts passed, failed and skipped tests (skipped count as failed)', () => {
    const c = vitestCounts(
      {
        numPassedTests: 3,
        numFailedTests: 1,
        numPendingTests: 1,
        numTodoTests: 1,
        numTotalTests: 6,
        testResults: [
          {
            name: '/repo/lib/a.test.ts',
            status: 'failed',
            assertionResults: [
              { status: 'passed', fullName: 'a ok' },
              { status: 'failed', fullName: 'a bad' },
            ],
          },
          {
            name: '/repo/lib/b.test.ts',
            status: 'passed',
            assertionResults: [
              { status: 'skipped', fullName: 'b skip' },
              { status: 'todo', fullName: 'b todo' },
            ],
          },
        ],
      },
      root,
    );
    expect(c).toMatchObject({ passed: 3, failed: 3, skipped: 2, total: 6, brokenFiles: 0 });
    expect(c.failures).toEqual([
      'FAILED lib/a.test.ts > a bad',
      'SKIPPED lib/b.test.ts > b skip',
      'SKIPPED lib/b.test.ts > b todo',
    ]);
  });

  it('counts a file whose hook failed through its skipped tests, and a file with no tests once', () => {
    const c = vitestCounts(
      {
        numPassedTests: 0,
        numFailedTests: 0,
        numPendingTests: 2,
        numTotalTests: 2,
        testResults: [
          {
            name: '/repo/tests/e2e/x.test.ts',
            status: 'failed',
            message: '',
            assertionResults: [
              { status: 'skipped', fullName: 'x1' },
              { status: 'skipped', fullName: 'x2' },
            ],
          },
          {
            name: '/repo/tests/e2e/y.test.ts',
            status: 'failed',
            message: 'SyntaxError: bad import\n at y.ts:1',
            assertionResults: [],
          },
        ],
      },
      root,
    );
    expect(c).toMatchObject({ passed: 0, failed: 3, brokenFiles: 1 });
    expect(c.failures).toContain('FAILED TO RUN tests/e2e/y.test.ts: SyntaxError: bad import');
    expect(c.failures[0]).toMatch(/^FAILED TO RUN tests\/e2e\/x\.test\.ts: a beforeAll\/afterAll hook/);
  });
});

describe('summaryLine', () => {
  it('is exactly "N passed, N failed"', () => {
    expect(summaryLine(640, 0)).toBe('640 passed, 0 failed');
    expect(summaryLine(1, 7)).toMatch(/^\d+ passed, \d+ failed$/);
  });
});
