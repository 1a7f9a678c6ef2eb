import { describe, expect, it } from 'vitest';
import type { Address, Hex } from 'viem';
import { demoAgreementInputs } from '../agreements/demo';
import { engagementOf, isProviderAgreement } from '../agreements/engagement';
import type { EngagementRequest } from './link';
import { agreementHashProblem, requestProblems, templateInputsOf, walletProblem } from './request-check';

const REGISTRY = '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0' as Address;
const HASH = `0x${'ab'.repeat(32)}` as Hex;
const inputs = demoAgreementInputs('jane-law-firm');
if (!isProviderAgreement(inputs)) throw new Error('the demo retainer is a provider agreement');
const engagement = engagementOf(inputs, HASH);
const request: EngagementRequest = {
  v: 1,
  type: 'engagement-request',
  chainId: 31337,
  registry: REGISTRY,
  engagement,
  threat: {
    kind: 'probabilistic',
    terms: 'Refund Jane',
    stakeWei: '3000000000000000000',
    deadline: 1_900_000_000,
    timeoutAction: 'refund',
  },
  agreement: { kind: 'template', inputs },
};
const ctx = { now: 1_800_000_000, registryFor: (id: number) => (id === 31337 ? REGISTRY : undefined) };

describe('what the engage page checks', () => {
  it('finds nothing wrong with a request for this chain’s registry whose agreement names the engagement', () => {
    expect(requestProblems(request, ctx)).toEqual([]);
    expect(templateInputsOf(request)).toEqual(inputs);
  });

  it('says so for another chain, another registry, and an expired engagement', () => {
    expect(requestProblems({ ...request, chainId: 5 }, ctx).join(' ')).toMatch(
      /for chain 5, where this app knows no Levetrage registry/,
    );
    const other = { ...request, registry: '0x0000000000000000000000000000000000000001' as Address };
    expect(requestProblems(other, ctx).join(' ')).toMatch(
      /names the registry 0x0000000000000000000000000000000000000001, but the Levetrage registry on chain 31337 is/,
    );
    const expired = requestProblems(request, { ...ctx, now: engagement.validUntil + 1 });
    expect(expired).toEqual([
      expect.stringMatching(/^This engagement expired on .+: it can no longer back a threat\./),
    ]);
  });

  it('refuses a link whose engagement differs from the agreement’s own terms (a smaller stake slipped in)', () => {
    const edited = { ...request, engagement: { ...engagement, minStake: 1n } };
    expect(requestProblems(edited, ctx)).toEqual([expect.stringMatching(/terms .* differ from the engagement/)]);
    const bad = { ...request, agreement: { kind: 'template' as const, inputs: { ...inputs, template: 'nope' } } };
    expect(requestProblems(bad, ctx).join(' ')).toMatch(
      /The agreement in this link is not valid: template: Choose a template/,
    );
  });

  it('compares the re-rendered PDF’s hash with the engagement’s', () => {
    expect(agreementHashProblem(HASH, HASH.toUpperCase().replace('0X', '0x') as Hex)).toBeNull();
    expect(agreementHashProblem(HASH, `0x${'cd'.repeat(32)}`)).toMatch(
      /does not match: the engagement names 0xabab.*but the PDF has 0xcdcd/,
    );
  });

  it('needs the provider’s own wallet, on the engagement’s chain', () => {
    expect(walletProblem(request, {})).toMatch(/Connect the provider’s wallet/);
    expect(walletProblem(request, { address: inputs.onchain.maker as Address, chainId: 31337 })).toMatch(
      /this engagement is for the provider 0x9965/,
    );
    expect(walletProblem(request, { address: engagement.provider, chainId: 1 })).toMatch(
      /on chain 1, but this engagement is for chain 31337/,
    );
    expect(walletProblem(request, { address: engagement.provider, chainId: 31337 })).toBeNull();
  });
});
