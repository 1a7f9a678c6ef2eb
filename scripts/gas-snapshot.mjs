#!/usr/bin/env node
// `npm run gas`: rewrites .gas-snapshot over the tests the lint check compares (GAS_SNAPSHOT_ARGS).
import { spawnSync } from 'node:child_process';
import { GAS_SNAPSHOT_ARGS } from './lib/lint-checks.mjs';
import { ROOT, foundryBin } from './lib/tools.mjs';

const r = spawnSync(foundryBin('forge'), ['snapshot', ...GAS_SNAPSHOT_ARGS, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
