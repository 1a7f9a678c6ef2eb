// Counting test results for `npm test` (scripts/test-all.mjs): forge's --json output and vitest's json report.
// Skipped / todo tests count as failed: every test must assert something that could fail.

/**
 * Counts a `forge test --json` result: { "<file>:<Contract>": { test_results: { "<test>": { status, reason } } } }.
 * @param {Record<string, { test_results?: Record<string, { status: string, reason?: string | null }> }>} result
 */
export function forgeCounts(result) {
  let passed = 0,
    failed = 0,
    skipped = 0;
  const failures = [];
  for (const [suite, { test_results: tests = {} }] of Object.entries(result)) {
    for (const [name, t] of Object.entries(tests)) {
      if (t.status === 'Success') passed++;
      else if (t.status === 'Skipped') {
        skipped++;
        failures.push(`SKIPPED ${suite} ${name}`);
      } else {
        failed++;
        failures.push(`FAILED ${suite} ${name}: ${t.reason ?? t.status}`);
      }
    }
  }
  return { passed, failed: failed + skipped, skipped, failures };
}

/** The last line of forge's stdout that is a JSON object (compiler chatter may come first), parsed; null if none. */
export function forgeJsonFromStdout(stdout) {
  const line = stdout
    .split('\n')
    .reverse()
    .find((l) => l.trim().startsWith('{'));
  return line ? JSON.parse(line) : null;
}

/**
 * Counts a vitest json report. A file that failed outside its tests (import error, beforeAll hook) shows
 * its tests as skipped (so they count as failed); a file that failed with no tests at all counts once.
 * @param {{ numPassedTests?: number, numFailedTests?: number, numPendingTests?: number, numTodoTests?: number, numTotalTests?: number,
 *   testResults?: { name: string, status: string, message?: string, assertionResults?: { status: string, fullName: string }[] }[] }} report
 * @param {string} root prefix stripped from file names
 */
export function vitestCounts(report, root = '') {
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const failures = [];
  let brokenFiles = 0;
  for (const f of report.testResults ?? []) {
    const rel = root && f.name.startsWith(`${root}/`) ? f.name.slice(root.length + 1) : f.name;
    const results = f.assertionResults ?? [];
    if (f.status === 'failed' && results.every((a) => a.status !== 'failed')) {
      if (results.length === 0) brokenFiles++;
      failures.push(
        `FAILED TO RUN ${rel}: ${(f.message ?? '').split('\n')[0] || 'a beforeAll/afterAll hook or the import failed (error printed above)'}`,
      );
    }
    for (const a of results) {
      if (a.status === 'failed') failures.push(`FAILED ${rel} > ${a.fullName}`);
      if (a.status === 'pending' || a.status === 'skipped' || a.status === 'todo')
        failures.push(`SKIPPED ${rel} > ${a.fullName}`);
    }
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + skipped + brokenFiles,
    skipped,
    total: report.numTotalTests ?? 0,
    brokenFiles,
    failures,
  };
}

/** The one final line of `npm test`. */
export const summaryLine = (passed, failed) => `${passed} passed, ${failed} failed`;
