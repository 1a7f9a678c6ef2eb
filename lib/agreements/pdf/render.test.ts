import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sha256 } from 'viem';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson, parseAgreementInputs, type AgreementInputs } from '../index';
import { DEMO_AGREEMENT_FILES, DEMO_AGREEMENT_SHA256, allDemoAgreementInputs, type DemoAgreementKey } from '../demo';
import { pdfText } from '../testing/pdf-text';
import { secretLines } from '../testing/secrets';
import { agreementHash, renderAgreement, renderAgreementPdf } from './render';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit parsed JSON at any depth
type RawJson = Record<string, any>;

const ROOT = join(__dirname, '..', '..', '..');
const DEMO = allDemoAgreementInputs();
const KEYS = Object.keys(DEMO) as DemoAgreementKey[];
const tmp = mkdtempSync(join(tmpdir(), 'levetrage-agreements-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function edited(inputs: AgreementInputs, f: (r: RawJson) => void): AgreementInputs {
  const raw = JSON.parse(canonicalJson(inputs));
  f(raw);
  const r = parseAgreementInputs(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.inputs;
}

describe('renderAgreementPdf: deterministic PDF', { timeout: 120_000 }, () => {
  it('two renders in one process give identical bytes; the hashes are the golden ones', async () => {
    for (const key of KEYS) {
      const a = await renderAgreementPdf(DEMO[key]);
      const b = await renderAgreementPdf(JSON.parse(canonicalJson(DEMO[key])));
      expect(Buffer.from(a).equals(Buffer.from(b)), key).toBe(true);
      // A change of any byte (renderer upgrade, wording, layout) must bump the templates' versions.
      expect(agreementHash(a), key).toBe(DEMO_AGREEMENT_SHA256[key]);
    }
  });

  it('a second process (the CLI under tsx) renders the same bytes', async () => {
    const run = promisify(execFile);
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const results = await Promise.all(
      KEYS.map(async (key) => {
        const out = join(tmp, `${key}.pdf`);
        const { stdout } = await run(
          tsx,
          [
            join(ROOT, 'scripts', 'render-agreement.ts'),
            join(ROOT, 'public', 'demo-agreements', DEMO_AGREEMENT_FILES[key]),
            out,
          ],
          {
            cwd: ROOT,
            timeout: 110_000,
          },
        );
        return { key, printed: stdout.trim(), bytes: readFileSync(out) };
      }),
    );
    for (const { key, printed, bytes } of results) {
      expect(printed, key).toBe(DEMO_AGREEMENT_SHA256[key]);
      expect(sha256(bytes), key).toBe(DEMO_AGREEMENT_SHA256[key]);
    }
  });

  it('fixed metadata: creation date from the inputs, fixed producer and creator, no clock', async () => {
    const bytes = await renderAgreementPdf(DEMO['jane-law-firm']);
    const latin1 = Buffer.from(bytes).toString('latin1');
    expect(latin1.startsWith('%PDF-1.3')).toBe(true);
    expect(latin1).toContain('(D:20261201000000Z)');
    expect(latin1).not.toContain('ModificationDate');
    expect(latin1).toContain('/Producer');
    const text = pdfText(bytes);
    expect(text).toContain('Retainer agreement');
    const later = await renderAgreementPdf(edited(DEMO['jane-law-firm'], (r) => (r.date = '2026-12-24')));
    expect(Buffer.from(later).toString('latin1')).toContain('(D:20261224000000Z)');
  });

  it('the PDF names chain, registry, provider, maker, nonce and minimum stake, and prints every clause', async () => {
    for (const key of ['jane-law-firm', 'joe-pinata', 'jane-refund'] as const) {
      const r = await renderAgreement(DEMO[key]);
      const text = pdfText(r.bytes);
      const t = r.inputs.onchain as Record<string, unknown>;
      for (const v of [t.registry, t.maker, t.provider ?? t.oracle, `${t.minStake} wei`, 'EIP-155 chain id 31337'])
        expect(text, `${key} ${v}`).toContain(String(v));
      if ('nonce' in t) expect(text).toContain(`nonce ${t.nonce}`);
      for (const section of r.document.sections)
        for (const c of section.clauses) {
          expect(text, `${key} ${c.id}`).toContain(c.title);
          expect(text, `${key} ${c.id}`).toContain(`[${c.visibility}]`);
        }
      expect(text).toContain('It is not legal advice');
      expect(text).toContain(r.inputsSha256);
      expect(text).toMatch(/Page 1 of \d/);
    }
  });

  it('Joe’s envelope content never appears in the PDF bytes or text; its sha-256 does', async () => {
    const envelope = readFileSync(join(__dirname, '..', 'demo', 'joe-envelope.txt'), 'utf8');
    const bytes = await renderAgreementPdf(DEMO['joe-pinata']);
    const raw = Buffer.from(bytes).toString('latin1');
    const text = pdfText(bytes);
    expect(text).toContain(sha256(Buffer.from(envelope)));
    for (const s of secretLines(envelope)) {
      expect(raw).not.toContain(s);
      expect(text).not.toContain(s);
    }
  });

  it('tampering: a changed field or visibility changes the agreement hash', async () => {
    const base = DEMO_AGREEMENT_SHA256['jane-law-firm'];
    const variants = [
      edited(DEMO['jane-law-firm'], (r) => (r.fields.billedHours = 41)),
      edited(DEMO['jane-law-firm'], (r) => (r.onchain.nonce = '2')),
      edited(DEMO['jane-law-firm'], (r) => (r.confidential = [])),
    ];
    const hashes = new Set([base]);
    for (const v of variants) hashes.add(agreementHash(await renderAgreementPdf(v)));
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('renders the longest inputs the schemas allow (long words, every list full) without failing', async () => {
    const long = edited(DEMO['joe-pinata'], (r) => {
      r.fields.clientName = 'J'.repeat(120);
      r.fields.story = 'S'.repeat(1500);
      r.fields.channels = Array.from({ length: 10 }, (_, i) => `${i} ${'c'.repeat(290)}`);
      r.fields.envelopeDescription = 'd '.repeat(400);
    });
    const bytes = await renderAgreementPdf(long);
    expect(Buffer.from(bytes).toString('latin1', 0, 8)).toBe('%PDF-1.3');
  });

  it('invalid inputs throw an AgreementInputError with field messages', async () => {
    await expect(
      renderAgreementPdf({ ...JSON.parse(canonicalJson(DEMO['jane-refund'])), date: 'soon' }),
    ).rejects.toMatchObject({
      name: 'AgreementInputError',
      problems: [{ path: 'date', message: expect.stringContaining('YYYY-MM-DD') }],
    });
  });
});
