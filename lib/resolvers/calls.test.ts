import { describe, expect, it } from 'vitest';
import { createWalletClient, http, parseEther, recoverTypedDataAddress, type Address } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { decodeApproval, encodeApproval, panelApprovalTypedData, realityAnswerCall, umaDisputeCalls } from './calls';
import { evidenceInput } from './evidence-input';
import { nextRealityBond } from './read';
import { realityBondProblem } from './status';

const KEY = '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d';
const RESOLVER = '0x9E545E3C0baAB3E08CdfD552C960A1050f373042' as Address;

describe('panel approvals', () => {
  it('a signed approval round-trips as text and recovers to its signer over the EIP-712 digest', async () => {
    const account = privateKeyToAccount(KEY);
    const wallet = createWalletClient({ account, transport: http('http://127.0.0.1:1') });
    const typed = panelApprovalTypedData({ chainId: 31337, resolver: RESOLVER, id: 7n });
    const signature = await wallet.signTypedData(typed);
    const text = encodeApproval(7n, { signer: account.address, signature });
    const back = decodeApproval(7n, `  ${text}\n`);
    expect(back).toEqual({ signer: account.address, signature });
    expect(await recoverTypedDataAddress({ ...typed, signature })).toBe(account.address);
    expect(() => decodeApproval(8n, text)).toThrow('This approval is for threat #7, not #8.');
    expect(() => decodeApproval(7n, 'hello')).toThrow(/not a signed approval/);
  });
});

describe('Reality.eth bonds', () => {
  it('the next bond is the minimum first, then double the last; less is refused in words', () => {
    expect(nextRealityBond(0n, parseEther('0.01'))).toBe(parseEther('0.01'));
    expect(nextRealityBond(parseEther('0.01'), parseEther('0.01'))).toBe(parseEther('0.02'));
    const q = { bond: parseEther('0.01'), nextBond: parseEther('0.02') };
    expect(realityBondProblem(parseEther('0.015'), q)).toBe(
      'The bond must be at least 0.02 ETH: double the last answer’s bond (0.01 ETH).',
    );
    expect(realityBondProblem(parseEther('0.02'), q)).toBeNull();
    expect(realityBondProblem(1n, { bond: 0n, nextBond: parseEther('0.01') })).toContain('the question’s minimum bond');
    expect(realityAnswerCall({ resolver: RESOLVER, id: 1n, yes: true, bond: 5n, maxPrevious: 2n })).toMatchObject({
      functionName: 'answer',
      args: [1n, true, 2n],
      value: 5n,
    });
  });
});

describe('UMA disputes', () => {
  it('wraps only the missing WETH and approves only a short allowance before disputing', () => {
    const base = {
      oracle: RESOLVER,
      weth: RESOLVER,
      assertionId: `0x${'1'.repeat(64)}` as const,
      disputer: RESOLVER,
      bond: 10n,
    };
    expect(
      umaDisputeCalls({ ...base, wethBalance: 4n, allowance: 0n }).map((c) => [c.functionName, c.value ?? null]),
    ).toEqual([
      ['deposit', 6n],
      ['approve', null],
      ['disputeAssertion', null],
    ]);
    expect(umaDisputeCalls({ ...base, wethBalance: 10n, allowance: 10n }).map((c) => c.functionName)).toEqual([
      'disputeAssertion',
    ]);
  });
});

describe('evidenceInput', () => {
  it('accepts a link (its hash by default) and refuses bad links and hashes in words', () => {
    const ok = evidenceInput(' https://example.org/a.pdf ', '');
    expect(ok).toMatchObject({ ok: true, uri: 'https://example.org/a.pdf' });
    expect(evidenceInput('', '')).toMatchObject({ ok: false, error: expect.stringContaining('Enter a link') });
    expect(evidenceInput('javascript:alert(1)', '')).toMatchObject({ ok: false });
    expect(evidenceInput('ipfs://abc', '0x12')).toMatchObject({
      ok: false,
      error: expect.stringContaining('64 hex digits'),
    });
    expect(evidenceInput('ipfs://abc', `0x${'0'.repeat(64)}`)).toMatchObject({ ok: false });
  });
});
