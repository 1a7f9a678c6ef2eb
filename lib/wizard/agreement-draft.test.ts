import { describe, expect, it } from 'vitest';
import type { Address, Hex } from 'viem';
import { engagementOf, isProviderAgreement } from '../agreements/engagement';
import { parseAgreementInputs } from '../agreements/inputs';
import { decodeEngagementRequest, sameEngagement } from '../engagements/link';
import { KIND_BITS } from '../engagements/typed-data';
import {
  buildEngagementRequest,
  draftEngagement,
  draftToInputs,
  engagementRequestLink,
  minStakeWei,
  newAgreementDraft,
  parseAgreementDraft,
} from './agreement-draft';
import { EMPTY_VALUES, type WizardValues } from './types';

const ctx = {
  chainId: 31337,
  registry: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0' as Address,
  maker: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as Address,
  now: 1_800_000_000,
};
const values: WizardValues = {
  ...EMPTY_VALUES,
  kind: 'probabilistic',
  terms: 'X Corp: refund Jane’s $13,000.',
  deadline: '2027-03-01T12:00',
  adversaryName: 'X Corp Ltd',
  provider: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
  stakeEth: '3',
  pEscalatePct: '5',
  periodValue: '1',
  periodUnit: 'days',
  timeoutAction: 'refund',
};
const HASH = `0x${'ab'.repeat(32)}` as Hex;

describe('the wizard’s agreement draft', () => {
  it('fills the retainer from the wizard (adversary, stake) into inputs the template accepts', () => {
    const d = newAgreementDraft('law-firm-retainer', values, ctx.now);
    expect(d.fields.adversaryName).toBe('X Corp Ltd');
    expect(d.minStakeEth).toBe('3');
    const parsed = parseAgreementInputs(draftToInputs(d, values, ctx));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || !isProviderAgreement(parsed.inputs)) throw new Error('not a provider agreement');
    expect(parsed.inputs.date).toBe('2027-01-15');
    expect(parsed.inputs.onchain).toMatchObject({
      chainId: 31337,
      maker: ctx.maker,
      provider: values.provider,
      kinds: ['probabilistic'],
    });
    // The engagement the provider is asked to sign is exactly the one the agreement names.
    expect(sameEngagement(engagementOf(parsed.inputs, HASH), draftEngagement(d, values, ctx, HASH))).toBe(true);
    // ... also when the provider's address was typed in lower case
    const lower = { ...values, provider: values.provider.toLowerCase() };
    const parsedLower = parseAgreementInputs(draftToInputs(d, lower, ctx));
    if (!parsedLower.ok || !isProviderAgreement(parsedLower.inputs)) throw new Error('lower-case provider refused');
    expect(sameEngagement(engagementOf(parsedLower.inputs, HASH), draftEngagement(d, lower, ctx, HASH))).toBe(true);
    // ... whenever it is computed: the validity counts from the draft's start, not from the render.
    const later = { ...ctx, now: ctx.now + 5 };
    expect(draftToInputs(d, values, later)).toEqual(draftToInputs(d, values, ctx));
    expect(draftEngagement(d, values, later, HASH).validUntil).toBe(ctx.now + 30 * 86_400);
  });

  it('asks for both kinds before the kind is chosen, and for a positive smallest stake', () => {
    const d = newAgreementDraft('pr-campaign-brief', { ...values, stakeEth: '' }, ctx.now);
    expect(d.minStakeEth).toBe('0.01');
    expect(draftEngagement(d, { ...values, kind: '' }, ctx, HASH).kinds).toBe(
      KIND_BITS.commitment | KIND_BITS.probabilistic,
    );
    expect(minStakeWei({ ...d, minStakeEth: '0' })).toMatch(/more than 0/);
    expect(minStakeWei({ ...d, minStakeEth: 'abc' })).toMatch(/smallest stake/);
  });

  it('reads back only a well-formed draft', () => {
    const d = newAgreementDraft('law-firm-retainer', values, ctx.now);
    expect(parseAgreementDraft(JSON.stringify(d))).toEqual(d);
    expect(parseAgreementDraft('')).toBeNull();
    expect(parseAgreementDraft('{"mode":"template","template":"oracle-engagement"}')).toBeNull();
    expect(parseAgreementDraft('not json')).toBeNull();
    expect(parseAgreementDraft(JSON.stringify({ ...d, createdAt: undefined }))).toBeNull();
  });

  it('makes a request link with the non-confidential terms, the hash and the inputs, readable by the engage page', () => {
    const d = newAgreementDraft('pr-campaign-brief', values, ctx.now);
    const inputs = draftToInputs(d, values, ctx);
    const req = buildEngagementRequest({ draft: d, values, ctx, agreementHash: HASH, inputs });
    const link = engagementRequestLink('http://localhost:3000/', req);
    expect(link).toMatch(/^http:\/\/localhost:3000\/engage#/);
    const back = decodeEngagementRequest(link);
    expect(back.engagement.agreementHash).toBe(HASH);
    expect(back.threat).toMatchObject({
      kind: 'probabilistic',
      stakeWei: '3000000000000000000',
      pEscalate: 50_000_000,
      periodSeconds: 86_400,
      adversary: 'X Corp Ltd',
    });
    expect(back.agreement).toEqual({ kind: 'template', inputs: JSON.parse(JSON.stringify(inputs)) });
    // A PR brief carries only the envelope's sha-256, never the envelope.
    const fields = (inputs as { fields: Record<string, unknown> }).fields;
    expect(Object.keys(fields).some((k) => /envelope(?!Sha256|Description)/i.test(k))).toBe(false);
  });

  it('a file request names the file and carries no inputs', () => {
    const d = { ...newAgreementDraft('law-firm-retainer', values, ctx.now), mode: 'file' as const };
    const req = buildEngagementRequest({
      draft: d,
      values: { ...values, agreementFileName: 'retainer.pdf' },
      ctx,
      agreementHash: HASH,
    });
    expect(req.agreement).toEqual({ kind: 'file', name: 'retainer.pdf' });
  });
});
