#!/usr/bin/env node
// solc for forge, offline: wraps the npm `solc` package (soljson, pinned in package.json).
// Answers `--version` the way the native binary does and compiles `--standard-json` from stdin.
const solc = require('solc');
const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`);
  process.exit(0);
}
if (!args.includes('--standard-json')) {
  process.stderr.write('scripts/solc.cjs supports only --version and --standard-json\n');
  process.exit(1);
}
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const fs = require('fs');
  const path = require('path');
  const baseIdx = args.indexOf('--base-path');
  const base = baseIdx >= 0 ? args[baseIdx + 1] : process.cwd();
  const findImports = (p) => {
    for (const cand of [path.resolve(base, p), path.resolve(p)]) {
      if (fs.existsSync(cand)) return { contents: fs.readFileSync(cand, 'utf8') };
    }
    return { error: `File not found: ${p}` };
  };
  process.stdout.write(solc.compile(Buffer.concat(chunks).toString('utf8'), { import: findImports }));
});
