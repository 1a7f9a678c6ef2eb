#!/usr/bin/env node
// Runs a foundry tool (forge, cast, anvil) from its native binary and exits with the tool's own exit code.
// The npm wrappers in node_modules/.bin/{forge,cast,anvil} always exit 0, even when a test fails, so every
// script and package.json entry goes through this launcher (or `foundryBin()` in scripts/lib/tools.mjs).
//   node scripts/foundry.mjs forge test --match-path 'contracts/test/unit/*'
import { spawn } from 'node:child_process';
import { FOUNDRY_TOOLS, foundryBin } from './lib/tools.mjs';

const [tool, ...args] = process.argv.slice(2);
if (!FOUNDRY_TOOLS.includes(tool)) {
  console.error(`usage: node scripts/foundry.mjs <${FOUNDRY_TOOLS.join('|')}> [args...]`);
  process.exit(2);
}

let bin;
try {
  bin = foundryBin(tool);
} catch (e) {
  console.error(e.message);
  process.exit(127);
}

const child = spawn(bin, args, { stdio: 'inherit' });
// Forward Ctrl-C / termination to the tool (anvil in particular), then exit as it does.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (e) => {
  console.error(`${tool}: ${e.message}`);
  process.exit(127);
});
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
