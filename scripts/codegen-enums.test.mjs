import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT, SOURCES, generate, parseEnums, renderEnums } from './codegen-enums.mjs';
import { ROOT } from './lib/tools.mjs';
import * as enums from '../lib/contracts/enums.generated';

const SAMPLE = `
/// @notice Life cycle.
/// Second line.
enum Status {
    None, // nothing here
    Live,
    Done // over
}

enum Move { CreateCommitment, CreateProbabilistic }
struct S { uint8 x; }
`;

describe('codegen-enums', () => {
  it('reads enum blocks with their NatSpec and member comments', () => {
    expect(parseEnums(SAMPLE)).toEqual([
      {
        name: 'Status',
        doc: 'Life cycle. Second line.',
        members: [
          { name: 'None', doc: 'nothing here' },
          { name: 'Live', doc: '' },
          { name: 'Done', doc: 'over' },
        ],
      },
      {
        name: 'Move',
        doc: '',
        members: [
          { name: 'CreateCommitment', doc: '' },
          { name: 'CreateProbabilistic', doc: '' },
        ],
      },
    ]);
  });

  it('renders values, keys in lowerCamelCase and decoders', () => {
    const text = renderEnums(parseEnums(SAMPLE), 'x.sol');
    expect(text).toContain('export const Status = {');
    expect(text).toContain("export const STATUS_KEYS = ['none', 'live', 'done'] as const;");
    expect(text).toContain("export const MOVE_KEYS = ['createCommitment', 'createProbabilistic'] as const;");
    expect(text).toContain('export const moveKey = (value: number | bigint): MoveKey =>');
  });

  it('lib/contracts/enums.generated.ts is current with contracts/src/types/DataTypes.sol', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generate());
  });

  it('generated decoders follow the on-chain order and refuse values the contract cannot produce', () => {
    expect(enums.Status.Live).toBe(2);
    expect(enums.statusKey(2)).toBe('live');
    expect(enums.statusKey(7n)).toBe('forfeited');
    expect(enums.statusValue('escalated')).toBe(enums.Status.Escalated);
    expect(enums.actionValue('escalate')).toBe(2);
    expect(enums.drawOutcomeKey(2)).toBe('terminate');
    expect(() => enums.statusKey(9)).toThrow('Unknown status value 9 (unknown Status 9, expected 0..8)');
    expect(enums.assertionStateKey(3)).toBe('true');
    expect(() => enums.actionKey(0.5)).toThrow(RangeError);
  });

  it('only the listed sources (DataTypes.sol and the resolver interfaces) declare enums, so each is generated', () => {
    const files = [];
    const walk = (dir) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.sol')) files.push(p);
      }
    };
    walk(join(ROOT, 'contracts', 'src'));
    const declaring = files
      .filter((f) => parseEnums(readFileSync(f, 'utf8')).length > 0)
      .map((f) => f.slice(ROOT.length + 1));
    expect(declaring.sort()).toEqual(SOURCES.map((f) => f.slice(ROOT.length + 1)).sort());
  });
});
