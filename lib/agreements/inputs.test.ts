import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  decodeInputs,
  encodeInputs,
  inputsSha256,
  MAX_INPUTS_BYTES,
  parseAgreementInputs,
  parseInputsJson,
  renderLink,
  type AgreementInputs,
  type FieldProblem,
} from './index';
import { allDemoAgreementInputs } from './demo';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit parsed JSON at any depth
type RawJson = Record<string, any>;

const DEMO = allDemoAgreementInputs();
const JANE = DEMO['jane-law-firm'];

function raw(inputs: AgreementInputs = JANE): RawJson {
  return JSON.parse(canonicalJson(inputs));
}
function problems(value: unknown): FieldProblem[] {
  const r = parseAgreementInputs(value);
  if (r.ok) throw new Error('expected invalid inputs');
  return r.problems;
}
function messageAt(value: unknown, path: string): string {
  const p = problems(value).find((x) => x.path === path);
  if (!p) throw new Error(`no problem at ${path}: ${JSON.stringify(problems(value))}`);
  return p.message;
}
function edit(f: (r: RawJson) => void, inputs: AgreementInputs = JANE) {
  const r = raw(inputs);
  f(r);
  return r;
}

describe('inputs: validation messages, per field', () => {
  it('required fields say what to enter', () => {
    for (const field of ['clientName', 'firmName', 'adversaryName', 'matter', 'service']) {
      expect(
        messageAt(
          edit((r) => delete r.fields[field]),
          `fields.${field}`,
        ),
      ).toMatch(/^Enter (the|what) /);
      expect(
        messageAt(
          edit((r) => (r.fields[field] = '  ')),
          `fields.${field}`,
        ),
      ).toMatch(/^Enter (the|what) /);
    }
    expect(
      messageAt(
        edit((r) => delete r.fields.envelopeSha256, DEMO['joe-pinata']),
        'fields.envelopeSha256',
      ),
    ).toMatch(/^Enter the envelope’s fingerprint/);
    expect(
      messageAt(
        edit((r) => (r.fields.evidence = []), DEMO['jane-refund']),
        'fields.evidence',
      ),
    ).toBe('List at least 1 entry of the evidence that counts as fulfilment.');
    expect(
      messageAt(
        edit((r) => delete r.onchain.nonce),
        'onchain.nonce',
      ),
    ).toMatch(/^Enter the provider’s nonce as a whole number in a string/);
  });

  it('numbers, addresses, hashes and amounts', () => {
    expect(
      messageAt(
        edit((r) => (r.fields.billedHours = 0)),
        'fields.billedHours',
      ),
    ).toBe('The billed hours the firm delivers must be a whole number from 1 to 10000 hours.');
    expect(
      messageAt(
        edit((r) => (r.fields.billedHours = '40')),
        'fields.billedHours',
      ),
    ).toBe('Enter the billed hours the firm delivers as a whole number of hours.');
    expect(
      messageAt(
        edit((r) => (r.onchain.provider = '0x1234')),
        'onchain.provider',
      ),
    ).toMatch(/^The provider’s address is not a valid Ethereum address/);
    expect(
      messageAt(
        edit((r) => (r.onchain.maker = `0x${'0'.repeat(40)}`)),
        'onchain.maker',
      ),
    ).toBe('The maker’s address cannot be the zero address.');
    expect(
      messageAt(
        edit((r) => (r.onchain.provider = r.onchain.maker)),
        'onchain.provider',
      ),
    ).toBe('The provider must be another account than the maker.');
    expect(
      messageAt(
        edit((r) => (r.onchain.minStake = '1.5')),
        'onchain.minStake',
      ),
    ).toMatch(/digits only .*1 ETH is "1000000000000000000"/);
    expect(
      messageAt(
        edit((r) => (r.onchain.minStake = '0')),
        'onchain.minStake',
      ),
    ).toMatch(/^The minimum stake must be from 1 to /);
    expect(
      messageAt(
        edit((r) => (r.onchain.maxStake = '1')),
        'onchain.maxStake',
      ),
    ).toBe('The maximum stake must be at least the minimum stake (or "0" for no cap).');
    expect(
      messageAt(
        edit((r) => (r.onchain.nonce = (1n << 64n).toString())),
        'onchain.nonce',
      ),
    ).toMatch(/^The provider’s nonce must be from 0 to 18446744073709551615/);
    expect(
      messageAt(
        edit((r) => (r.fields.envelopeSha256 = '0x12'), DEMO['joe-pinata']),
        'fields.envelopeSha256',
      ),
    ).toBe('The envelope’s fingerprint must be a sha-256: 0x followed by 64 hex digits.');
    expect(
      messageAt(
        edit((r) => (r.onchain.kinds = [])),
        'onchain.kinds',
      ),
    ).toMatch(/^Accept at least one kind of threat/);
    expect(
      messageAt(
        edit((r) => (r.onchain.kinds = ['probabilistic', 'probabilistic'])),
        'onchain.kinds',
      ),
    ).toBe('Name each kind of threat once.');
    expect(
      messageAt(
        edit((r) => (r.onchain.kinds = ['lottery'])),
        'onchain.kinds.0',
      ),
    ).toMatch(/"commitment" or "probabilistic"/);
  });

  it('dates', () => {
    expect(
      messageAt(
        edit((r) => (r.date = '2026-02-30')),
        'date',
      ),
    ).toMatch(/real calendar day written YYYY-MM-DD/);
    expect(
      messageAt(
        edit((r) => (r.date = '1 Dec 2026')),
        'date',
      ),
    ).toMatch(/real calendar day/);
    expect(
      messageAt(
        edit((r) => (r.onchain.validUntil = 1_700_000_000)),
        'onchain.validUntil',
      ),
    ).toBe('The validity date must not be before the agreement’s date.');
    expect(
      messageAt(
        edit((r) => (r.onchain.validUntil = 2 ** 40)),
        'onchain.validUntil',
      ),
    ).toMatch(/whole number from 1 to 1099511627775/);
  });

  it('text the standard PDF fonts cannot print, line breaks, length', () => {
    expect(
      messageAt(
        edit((r) => (r.fields.clientName = 'Jane → Doe')),
        'fields.clientName',
      ),
    ).toBe(
      'The client’s name contains “→” (U+2192), which the agreement’s standard PDF fonts cannot print. Use Latin letters, digits and common punctuation.',
    );
    expect(
      messageAt(
        edit((r) => (r.fields.clientName = 'Jane\u200bDoe')),
        'fields.clientName',
      ),
    ).toMatch(/the invisible character U\+200B/);
    expect(
      messageAt(
        edit((r) => (r.fields.clientName = 'Jane\nDoe')),
        'fields.clientName',
      ),
    ).toBe('The client’s name must fit on one line.');
    expect(
      messageAt(
        edit((r) => (r.fields.matter = 'x'.repeat(1501))),
        'fields.matter',
      ),
    ).toBe('The description of the dispute is too long: keep it under 1500 characters.');
    expect(
      messageAt(
        edit((r) => (r.fields.matter = 'too short')),
        'fields.matter',
      ),
    ).toBe('The description of the dispute is too short: write at least 20 characters.');
    // Latin-1 and Windows-1252 punctuation are fine
    expect(parseAgreementInputs(edit((r) => (r.fields.clientName = 'Zoë Ñúñez – “Jr.” € …'))).ok).toBe(true);
  });

  it('the envelope of the format', () => {
    expect(problems(null)).toEqual([{ path: '', message: 'The agreement inputs must be a JSON object.' }]);
    expect(
      messageAt(
        edit((r) => (r.template = 'nda')),
        'template',
      ),
    ).toBe('Choose a template: "law-firm-retainer", "pr-campaign-brief", "oracle-engagement".');
    expect(
      messageAt(
        edit((r) => (r.templateVersion = 2)),
        'templateVersion',
      ),
    ).toMatch(/renders version 1 of the "law-firm-retainer" template/);
    expect(
      messageAt(
        edit((r) => (r.format = 'other')),
        'format',
      ),
    ).toBe('This is not a Levetrage agreement: "format" must be "levetrage-agreement".');
    expect(
      messageAt(
        edit((r) => (r.fields.extra = 1)),
        'fields.extra',
      ),
    ).toBe('Unknown field “extra”: remove it (the inputs hold exactly the template’s fields).');
    expect(
      messageAt(
        edit((r) => (r.onchain.oracle = r.onchain.provider)),
        'onchain.oracle',
      ),
    ).toMatch(/^Unknown field “oracle”/);
    expect(parseInputsJson('{"format":')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'The agreement inputs are not valid JSON.' }],
    });
    const huge = edit((r) => (r.fields.instructions = Array.from({ length: 6 }, () => 'y'.repeat(300)).join('\n\n')));
    huge.fields.feeTerms = 'z'.repeat(1000);
    huge.fields.matter = 'm'.repeat(1500);
    huge.fields.service = 's'.repeat(800);
    const hugeResult = parseAgreementInputs(huge);
    expect(hugeResult.ok || hugeResult.problems[0].message).toBe(true); // the field limits keep one template under MAX_INPUTS_BYTES
    if (hugeResult.ok) expect(canonicalJson(hugeResult.inputs).length).toBeLessThan(MAX_INPUTS_BYTES);
  });
});

describe('inputs: canonical encoding', () => {
  it('normalizes: checksummed addresses, lowercase hashes, trimmed NFC text, sorted sets, decimal strings', () => {
    const messy = edit((r) => {
      r.onchain.maker = r.onchain.maker.toLowerCase();
      r.onchain.nonce = 1;
      r.onchain.kinds = ['probabilistic', 'commitment'];
      r.fields.clientName = '  Jane Doe \t';
      r.fields.matter = `${r.fields.matter}   \r\n\r\n\r\n\r\nSecond paragraph.`;
      r.fields.adversaryName = 'X Corp Zoe\u0308';
      r.confidential = ['instructions', 'fees', 'fees'];
    });
    const r = parseAgreementInputs(messy);
    expect(r.ok).toBe(true);
    if (!r.ok || r.inputs.template !== 'law-firm-retainer') return;
    expect(r.inputs.onchain.maker).toBe('0x70997970C51812dc3A010C7d01b50e0d17dc79C8');
    expect(r.inputs.onchain.nonce).toBe('1');
    expect(r.inputs.onchain.kinds).toEqual(['commitment', 'probabilistic']);
    expect(r.inputs.fields.clientName).toBe('Jane Doe');
    expect(r.inputs.fields.matter.endsWith('sales.\n\nSecond paragraph.')).toBe(true);
    expect(r.inputs.fields.adversaryName).toBe('X Corp Zo\u00eb');
    expect(r.inputs.confidential).toEqual(['fees', 'instructions']);
  });

  it('is idempotent and independent of key order', () => {
    for (const inputs of Object.values(DEMO)) {
      const json = canonicalJson(inputs);
      const again = parseInputsJson(json);
      expect(again.ok && canonicalJson(again.inputs)).toBe(json);
      const reversed = JSON.parse(json, (_k, v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      );
      const r = parseAgreementInputs(reversed);
      expect(r.ok && canonicalJson(r.inputs)).toBe(json);
      expect(json).toMatch(
        /^\{"confidential":\[.*\],"date":"2026-12-01","fields":\{.*\},"format":"levetrage-agreement","formatVersion":1,"onchain":\{.*\},"template":"[a-z-]+","templateVersion":1\}$/,
      );
    }
  });

  it('round-trips through base64url links', () => {
    for (const inputs of Object.values(DEMO)) {
      const encoded = encodeInputs(inputs);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
      const back = decodeInputs(encoded);
      expect(back.ok && back.inputs).toEqual(inputs);
    }
    expect(renderLink(JANE, { origin: 'https://levetrage.example/', download: true })).toBe(
      `https://levetrage.example/api/agreements/render?inputs=${encodeInputs(JANE)}&download=1`,
    );
  });

  it('rejects broken links with a message', () => {
    expect(decodeInputs('***')).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining('not base64url') }],
    });
    expect(decodeInputs(Buffer.from([0xff, 0xfe, 0x00]).toString('base64url'))).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining('not UTF-8') }],
    });
    expect(decodeInputs(encodeInputs(JANE).slice(0, -10))).toMatchObject({ ok: false });
    expect(decodeInputs('x'.repeat(20_000))).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining('too long') }],
    });
  });

  it('detects tampering: any changed field changes the inputs hash', () => {
    const base = inputsSha256(JANE);
    const changes: Array<(r: RawJson) => void> = [
      (r) => (r.fields.billedHours = 41),
      (r) => (r.fields.clientName = 'Jane Dole'),
      (r) => (r.onchain.nonce = '2'),
      (r) => (r.onchain.minStake = '2999999999999999999'),
      (r) => (r.onchain.registry = '0x5FbDB2315678afecb367f032d93F642f64180aa3'),
      (r) => (r.onchain.chainId = 1),
      (r) => (r.confidential = ['fees']),
      (r) => (r.date = '2026-12-02'),
    ];
    const seen = new Set([base]);
    for (const change of changes) {
      const r = parseAgreementInputs(edit(change));
      expect(r.ok).toBe(true);
      if (r.ok) seen.add(inputsSha256(r.inputs));
    }
    expect(seen.size).toBe(changes.length + 1);
  });
});
