import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from 'viem';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  clauseIds,
  defaultConfidential,
  draftInputs,
  encodeInputs,
  fillAgreement,
  parseAgreementInputs,
  publicClauses,
  TEMPLATES,
  type AgreementDocument,
  type AgreementInputs,
  type Clause,
} from './index';
import { allDemoAgreementInputs, demoAgreementInputs, type DemoAgreementKey } from './demo';
import { secretLines } from './testing/secrets';

const DEMO = allDemoAgreementInputs();
const clauseText = (c: Clause) => [c.title, ...c.paragraphs, ...(c.items ?? [])].join(' ');
const find = (doc: AgreementDocument, id: string) => {
  const c = doc.sections.flatMap((s) => s.clauses).find((x) => x.id === id);
  if (!c) throw new Error(`no clause ${id}`);
  return c;
};
const allText = (doc: AgreementDocument) =>
  [
    doc.title,
    doc.subtitle,
    doc.preamble,
    ...doc.facts.map((f) => `${f.label} ${f.value}`),
    doc.factsNote,
    ...doc.sections.flatMap((s) => s.clauses.map(clauseText)),
  ].join('\n');

/** Raw inputs with one field changed (path "fields.clientName"), or removed when value is undefined. */
function withField(inputs: AgreementInputs, path: string, value: unknown): unknown {
  const raw = JSON.parse(canonicalJson(inputs));
  const keys = path.split('.');
  let o = raw;
  for (const k of keys.slice(0, -1)) o = o[k];
  if (value === undefined) delete o[keys.at(-1)!];
  else o[keys.at(-1)!] = value;
  return raw;
}

/** Every clause each story's document must contain, in order (all of them public except the listed ones). */
const EXPECTED: Record<DemoAgreementKey, { ids: string[]; confidential: string[] }> = {
  'jane-law-firm': {
    ids: [
      'trigger',
      'not-a-trigger',
      'checking',
      'matter',
      'service',
      'retainer',
      'report',
      'fees',
      'no-trigger',
      'confidentiality',
      'governing-law',
      'not-legal-advice',
      'signing',
    ],
    confidential: ['fees'],
  },
  'joe-pinata': {
    ids: [
      'trigger',
      'not-a-trigger',
      'checking',
      'story',
      'envelope',
      'envelope-contents',
      'sealed',
      'campaign',
      'channels',
      'lawful-content',
      'report',
      'fees',
      'no-trigger',
      'confidentiality',
      'governing-law',
      'not-legal-advice',
      'signing',
    ],
    confidential: ['channels', 'fees'],
  },
  'mike-raise': {
    ids: [
      'trigger',
      'not-a-trigger',
      'checking',
      'story',
      'envelope',
      'envelope-contents',
      'sealed',
      'campaign',
      'channels',
      'lawful-content',
      'report',
      'fees',
      'no-trigger',
      'confidentiality',
      'governing-law',
      'not-legal-advice',
      'signing',
    ],
    confidential: ['channels', 'fees'],
  },
  'jane-refund': {
    ids: [
      'covered',
      'not-covered',
      'ending',
      'demand',
      'evidence',
      'not-evidence',
      'timing',
      'contact',
      'independence',
      'fees',
      'confidentiality',
      'governing-law',
      'not-legal-advice',
      'signing',
    ],
    confidential: ['fees'],
  },
};

describe('templates: the white paper stories fill', () => {
  for (const key of Object.keys(EXPECTED) as DemoAgreementKey[]) {
    it(`${key}: every clause present, only the chosen ones confidential`, () => {
      const doc = fillAgreement(DEMO[key]);
      expect(clauseIds(doc)).toEqual(EXPECTED[key].ids);
      const confidential = doc.sections
        .flatMap((s) => s.clauses)
        .filter((c) => c.visibility === 'confidential')
        .map((c) => c.id);
      expect(confidential).toEqual(EXPECTED[key].confidential);
      const published = publicClauses(doc).flatMap((s) => s.clauses.map((c) => c.id));
      expect(published).toEqual(EXPECTED[key].ids.filter((id) => !EXPECTED[key].confidential.includes(id)));
      for (const c of doc.sections.flatMap((s) => s.clauses)) {
        expect(c.paragraphs.length, c.id).toBeGreaterThan(0);
        if (c.fixed) expect(c.visibility, c.id).toBe('public');
      }
    });
  }

  it('the defaults of each template are its white paper story', () => {
    expect(DEMO['jane-law-firm'].fields).toMatchObject(TEMPLATES['law-firm-retainer'].defaults);
    expect(DEMO['joe-pinata'].fields).toMatchObject(TEMPLATES['pr-campaign-brief'].defaults);
    expect(DEMO['jane-refund'].fields).toMatchObject(TEMPLATES['oracle-engagement'].defaults);
  });

  for (const key of ['jane-law-firm', 'joe-pinata', 'mike-raise'] as const) {
    it(`${key}: the trigger names chain id, registry, provider, maker, nonce and minimum stake; nothing else triggers`, () => {
      const inputs = DEMO[key];
      if (inputs.template === 'oracle-engagement') throw new Error('provider story expected');
      const t = inputs.onchain;
      const doc = fillAgreement(inputs);
      const trigger = clauseText(find(doc, 'trigger'));
      expect(trigger).toContain('Escalated(id, provider, engagementId, amount, paid)');
      expect(trigger).toContain(`EIP-155 chain id ${t.chainId}`);
      expect(trigger).toContain(t.registry);
      expect(trigger).toContain(t.provider);
      expect(trigger).toContain(t.maker);
      expect(trigger).toContain(`nonce ${t.nonce}`);
      expect(trigger).toContain(`at least the minimum stake of`);
      expect(trigger).toContain(`(${t.minStake} wei)`);
      expect(trigger).toMatch(/only by an event Escalated/);
      const not = clauseText(find(doc, 'not-a-trigger'));
      expect(not).toContain('a plain transfer of ETH or of any token');
      expect(not).toContain(
        'an Escalated event of any other contract, of any other chain, or for any other engagement',
      );
      expect(not).toContain('less than the minimum stake');
      // the engagement is named by its terms; the id is derived, not printed
      const facts = Object.fromEntries(doc.facts.map((f) => [f.label.split(':')[0], f.value]));
      expect(facts['Registry (Levetrage)']).toBe(t.registry);
      expect(facts.Provider).toBe(t.provider);
      expect(facts.Maker).toBe(t.maker);
      expect(facts.Nonce).toBe(t.nonce);
      expect(facts.Chain).toContain(String(t.chainId));
      expect(doc.factsNote).toContain('EIP-712 digest');
      expect(doc.factsNote).toContain('agreementHash set to the sha-256 of this document');
      expect(doc.factsNote).toContain(`chainId ${t.chainId} and verifyingContract ${t.registry}`);
    });
  }

  it('jane-refund: the oracle covers only threats of its maker, registry and chain naming it, and acts on evidence only', () => {
    const inputs = DEMO['jane-refund'];
    if (inputs.template !== 'oracle-engagement') throw new Error('oracle story expected');
    const t = inputs.onchain;
    const doc = fillAgreement(inputs);
    const covered = clauseText(find(doc, 'covered'));
    for (const s of [
      `EIP-155 chain id ${t.chainId}`,
      t.registry,
      t.oracle,
      t.maker,
      `(${t.minStake} wei)`,
      '2030-01-01T00:00:00Z',
      'Evidence event',
    ])
      expect(covered).toContain(s);
    expect(clauseText(find(doc, 'not-covered'))).toContain('a plain transfer of ETH or of any token');
    const evidence = find(doc, 'evidence');
    expect(evidence.items).toEqual(inputs.fields.evidence);
    expect(clauseText(find(doc, 'not-evidence'))).toContain('Jane Doe’s request alone does not count');
    const timing = clauseText(find(doc, 'timing'));
    expect(timing).toContain('within 48 hours');
    expect(timing).toContain('hold(id, duration)');
  });

  it('every template states confidentiality and that it is not legal advice (white paper 1 and 14.1)', () => {
    for (const inputs of Object.values(DEMO)) {
      const doc = fillAgreement(inputs);
      expect(clauseText(find(doc, 'not-legal-advice'))).toContain('It is not legal advice');
      expect(clauseText(find(doc, 'not-legal-advice'))).toContain('sections 1 and 14.1');
      expect(clauseText(find(doc, 'confidentiality'))).toContain('[confidential]');
      expect(doc.signatories.map((s) => s.account)).toContain(inputs.onchain.maker);
      expect(doc.dated).toBe('2026-12-01 (Tuesday 1 December 2026)');
    }
  });

  it('the maker chooses which optional clauses are published; the trigger stays public', () => {
    const allPublic = parseAgreementInputs(withField(DEMO['joe-pinata'], 'confidential', []));
    expect(allPublic.ok).toBe(true);
    if (!allPublic.ok) return;
    expect(publicClauses(fillAgreement(allPublic.inputs)).flatMap((s) => s.clauses).length).toBe(
      EXPECTED['joe-pinata'].ids.length,
    );

    const hidden = parseAgreementInputs(
      withField(DEMO['joe-pinata'], 'confidential', ['story', 'envelope-contents', 'story']),
    );
    expect(hidden.ok && hidden.inputs.confidential).toEqual(['envelope-contents', 'story']);
    if (!hidden.ok) return;
    const doc = fillAgreement(hidden.inputs);
    expect(find(doc, 'story').visibility).toBe('confidential');
    expect(find(doc, 'channels').visibility).toBe('public');
    expect(publicClauses(doc).map((s) => s.id)).not.toContain('story');

    const trigger = parseAgreementInputs(withField(DEMO['joe-pinata'], 'confidential', ['trigger']));
    expect(trigger.ok).toBe(false);
    if (!trigger.ok)
      expect(trigger.problems[0]).toMatchObject({
        path: 'confidential',
        message: expect.stringContaining('always public'),
      });
  });

  it('left-out confidential list means the template defaults', () => {
    const r = parseAgreementInputs(withField(DEMO['jane-law-firm'], 'confidential', undefined));
    expect(r.ok && r.inputs.confidential).toEqual(defaultConfidential('law-firm-retainer'));
  });

  it('an empty optional field leaves its clause out', () => {
    const r = parseAgreementInputs(withField(DEMO['jane-law-firm'], 'fields.feeTerms', '   '));
    expect(r.ok).toBe(true);
    if (r.ok) expect(clauseIds(fillAgreement(r.inputs))).not.toContain('fees');
    const g = parseAgreementInputs(withField(DEMO['jane-refund'], 'fields.governingLaw', ''));
    if (g.ok) expect(clauseIds(fillAgreement(g.inputs))).not.toContain('governing-law');
  });

  it('Joe’s envelope: the brief names its sha-256 only, never its content (document, inputs, link)', () => {
    const envelope = readFileSync(join(__dirname, 'demo', 'joe-envelope.txt'));
    const inputs = DEMO['joe-pinata'];
    if (inputs.template !== 'pr-campaign-brief') throw new Error('PR brief expected');
    expect(inputs.fields.envelopeSha256).toBe(sha256(envelope));
    const doc = fillAgreement(inputs);
    expect(clauseText(find(doc, 'envelope'))).toContain(sha256(envelope));
    const secrets = secretLines(envelope.toString('utf8'));
    expect(secrets.length).toBeGreaterThan(8);
    expect(secrets).toContain('Ann Witness (night shift lead)');
    const json = canonicalJson(inputs);
    const link = encodeInputs(inputs);
    const text = allText(doc);
    for (const s of secrets) {
      expect(text).not.toContain(s);
      expect(json).not.toContain(s);
      expect(Buffer.from(link, 'base64url').toString('utf8')).not.toContain(s);
    }
    const mike = DEMO['mike-raise'];
    if (mike.template === 'pr-campaign-brief')
      expect(mike.fields.envelopeSha256).toBe(sha256(readFileSync(join(__dirname, 'demo', 'mike-account.txt'))));
  });

  it('draftInputs: a template’s story defaults plus the wizard’s on-chain terms parse as they are', () => {
    for (const inputs of [DEMO['jane-law-firm'], DEMO['joe-pinata'], DEMO['jane-refund']]) {
      const draft = draftInputs(inputs.template, { date: '2026-12-01', onchain: { ...inputs.onchain } });
      const r = parseAgreementInputs(draft);
      expect(r.ok, inputs.template).toBe(true);
      if (r.ok) expect(r.inputs.confidential).toEqual(defaultConfidential(inputs.template));
    }
    const typed = draftInputs('law-firm-retainer', {
      date: '2026-12-01',
      onchain: { ...DEMO['jane-law-firm'].onchain },
      fields: { clientName: 'Ann Smith' },
    });
    const r = parseAgreementInputs(typed);
    expect(r.ok && r.inputs.template === 'law-firm-retainer' && r.inputs.fields.clientName).toBe('Ann Smith');
  });

  it('demo inputs can be retargeted to another registry (and are validated again)', () => {
    const other = demoAgreementInputs('jane-law-firm', {
      registry: '0x5fbdb2315678afecb367f032d93f642f64180aa3',
      chainId: 1,
    });
    expect(other.onchain.registry).toBe('0x5FbDB2315678afecb367f032d93F642f64180aa3');
    expect(clauseText(find(fillAgreement(other), 'trigger'))).toContain('Ethereum mainnet (EIP-155 chain id 1)');
    expect(() => demoAgreementInputs('jane-law-firm', { registry: '0x1234' })).toThrow(
      /registry address is not a valid Ethereum address/,
    );
  });
});
