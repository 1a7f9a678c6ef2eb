// docs/contracts.md quotes gas figures; they must be the measured ones (snapshots/LevetrageGas.json, written by
// contracts/test/benchmark/Gas.t.sol), or the docs drift (they once said 62,707 for a lapsed draw that cost 32,707).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './lib/tools.mjs';

describe('docs/contracts.md gas table', () => {
  it('quotes only measured figures', () => {
    const measured = new Set(
      Object.values(JSON.parse(readFileSync(join(ROOT, 'snapshots', 'LevetrageGas.json'), 'utf8'))),
    );
    const doc = readFileSync(join(ROOT, 'docs', 'contracts.md'), 'utf8');
    const table = doc.slice(doc.indexOf('| call | gas | budget |'));
    const rows = table
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| call') && !l.startsWith('|---'));
    expect(rows.length).toBeGreaterThan(5);
    const quoted = rows.flatMap((r) =>
      r
        .split('|')[2]
        .split('/')
        .map((g) => g.trim().replace(/,/g, '')),
    );
    expect(quoted.filter((g) => !measured.has(g))).toEqual([]);
  });
});
