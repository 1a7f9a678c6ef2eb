import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Four projects (run one with `vitest run --project unit|e2e|indexer|notifier`):
// - unit: pure logic and components (lib/**, components/**, scripts/**), node environment by default;
//   a file opts into the DOM with a `// @vitest-environment jsdom` comment on its first line.
// - e2e: browser flows in tests/e2e/** on the harness (real anvil, real contracts, next start, Chromium);
//   one file at a time in a single fork (they share ports), long timeouts (the first may build Next).
// - indexer: the indexer (indexer/) against a real anvil + contracts, on PGlite and on a Postgres the test
//   starts; one file at a time (fixed ports), long timeouts (backfills, crash recovery).
// - notifier: the notifier (notifier/) against a real anvil + contracts + indexer, a real SMTP server and a real
//   HTTP receiver (notifier/test/**); one file at a time (fixed ports).
export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'lib/**/*.test.{ts,tsx}',
            'components/**/*.test.{ts,tsx}',
            'scripts/**/*.test.{ts,mts,mjs}',
            'app/**/*.test.{ts,tsx}',
            'indexer/core/**/*.test.ts',
            'notifier/**/*.test.ts',
          ],
          exclude: ['notifier/test/**'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
          isolate: true,
          testTimeout: 120_000,
          hookTimeout: 15 * 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'indexer',
          environment: 'node',
          include: ['indexer/test/**/*.test.ts'],
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 15 * 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'notifier',
          environment: 'node',
          include: ['notifier/test/**/*.test.ts'],
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 15 * 60_000,
        },
      },
    ],
  },
});
