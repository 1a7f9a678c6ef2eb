// Renders an agreement's inputs to its PDF without any server, and prints the PDF's sha-256 (the agreement
// hash): anyone holding the inputs can check the hash on chain. Same inputs, same bytes, on any machine
// with this repository's locked dependencies.
// CLI: `npx tsx scripts/render-agreement.ts <inputs.json | -> <out.pdf | -> [--expect 0x<sha-256>]`
//   `-` reads the inputs from stdin / writes the PDF to stdout (then the hash goes to stderr).
//   --expect: exit 1 when the sha-256 differs (a tampered file, or inputs that are not the agreed ones).
// Exit codes: 0 rendered (and matched), 1 hash mismatch, 2 bad usage or invalid inputs (field messages on stderr).
import { readFileSync, writeFileSync } from 'node:fs';
import { AgreementInputError, parseInputsJson } from '../lib/agreements/inputs';
import { renderAgreement } from '../lib/agreements/pdf/render';

const USAGE = 'Usage: npx tsx scripts/render-agreement.ts <inputs.json | -> <out.pdf | -> [--expect 0x<sha-256>]';

/** Parsed command line. */
export interface RenderArgs {
  input: string;
  output: string;
  expect?: string;
}

/** Parses argv (without node and the script); an error message on bad usage. */
export function parseArgs(argv: string[]): RenderArgs | { error: string } {
  const positional: string[] = [];
  let expect: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--expect') {
      expect = argv[++i];
      if (!expect || !/^0x[0-9a-fA-F]{64}$/.test(expect))
        return { error: '--expect needs a sha-256: 0x followed by 64 hex digits.' };
      expect = expect.toLowerCase();
    } else if (a === '-h' || a === '--help') return { error: USAGE };
    else if (a.startsWith('--') && a !== '-') return { error: `Unknown option ${a}.\n${USAGE}` };
    else positional.push(a);
  }
  if (positional.length !== 2) return { error: USAGE };
  return { input: positional[0], output: positional[1], expect };
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\n`);
    return 2;
  }
  let json: string;
  try {
    json = readFileSync(args.input === '-' ? 0 : args.input, 'utf8');
  } catch (e) {
    process.stderr.write(`Cannot read ${args.input}: ${(e as Error).message}\n`);
    return 2;
  }
  const parsed = parseInputsJson(json);
  if (!parsed.ok) {
    process.stderr.write(
      `Invalid agreement inputs in ${args.input}:\n${parsed.problems.map((p) => `  ${p.path || '(inputs)'}: ${p.message}`).join('\n')}\n`,
    );
    return 2;
  }
  let rendered;
  try {
    rendered = await renderAgreement(parsed.inputs);
  } catch (e) {
    if (e instanceof AgreementInputError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (args.output === '-') process.stdout.write(rendered.bytes);
  else writeFileSync(args.output, rendered.bytes);
  (args.output === '-' ? process.stderr : process.stdout).write(`${rendered.sha256}\n`);
  if (args.expect && args.expect !== rendered.sha256) {
    process.stderr.write(`sha-256 mismatch: expected ${args.expect}, rendered ${rendered.sha256}.\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && /render-agreement\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
