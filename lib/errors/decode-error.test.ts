import { describe, expect, it } from 'vitest';
import {
  ChainMismatchError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  HttpRequestError,
  InsufficientFundsError,
  UserRejectedRequestError,
  encodeErrorResult,
  BaseError,
  type Abi,
  type AbiParameter,
} from 'viem';
import type { AbiError } from './known-errors';
import { ChainNotConfiguredError } from '@wagmi/core';
import { levetrageAbi, nashTokenAbi, iRandomnessBeaconAbi } from '@/lib/contracts/abis.generated';
import { decodeError } from './decode-error';
import { hasExplanation, humanizeErrorName } from './error-messages';
import { allErrorsAbi, generatedAbis, ozErc20ErrorsAbi } from './known-errors';

/** A plausible value for an ABI parameter, so every error can be encoded. */
function sample(p: AbiParameter, i: number): unknown {
  if (p.type === 'address') return `0x${(i + 1).toString(16).padStart(40, '0')}`;
  if (p.type.startsWith('uint') || p.type.startsWith('int')) return BigInt(100 + i);
  if (p.type === 'bool') return true;
  if (p.type === 'string') return 'reason';
  if (p.type.startsWith('bytes')) return `0x${'ab'.repeat(Number(p.type.slice(5)) || 4)}`;
  throw new Error(`no sample for ${p.type}`);
}

function encode(item: AbiError) {
  const args = item.inputs.map(sample);
  return encodeErrorResult({ abi: [item], errorName: item.name, args } as never);
}

/** Wraps revert data the way viem's simulateContract does. */
function simulateFailure(abi: Abi, data: `0x${string}`) {
  const reverted = new ContractFunctionRevertedError({ abi, data, functionName: 'fulfil' });
  return new ContractFunctionExecutionError(reverted, {
    abi,
    functionName: 'fulfil',
    args: [1n],
    contractAddress: '0x0000000000000000000000000000000000000001',
  });
}

const errorsOf = (abi: Abi) => abi.filter((x): x is AbiError => x.type === 'error');

describe('decodeError: reverts', () => {
  it('has a hand-written sentence for every custom error of ILevetrage, INashToken and IRandomnessBeacon', () => {
    const names = [levetrageAbi, nashTokenAbi, iRandomnessBeaconAbi].flatMap((a) =>
      errorsOf(a as Abi).map((e) => e.name),
    );
    expect(names.length).toBeGreaterThan(25);
    const missing = names.filter((n) => !hasExplanation(n));
    expect(missing).toEqual([]);
  });

  it('has a hand-written sentence for the errors the implementations add (contracts/out, as of this writing)', () => {
    const implementationErrors = [
      'ReentrancyGuardReentrantCall',
      'SafeCastOverflowedIntDowncast',
      'SafeCastOverflowedUintDowncast',
      'SafeCastOverflowedUintToInt',
      'InvalidDelay',
      'InvalidConfig',
      'OnlyCoordinator',
      'OnlyRegistry',
    ];
    expect(implementationErrors.filter((n) => !hasExplanation(n))).toEqual([]);
  });

  it('has a hand-written sentence for OpenZeppelin ERC-20 errors', () => {
    const names = errorsOf(ozErc20ErrorsAbi).map((e) => e.name);
    expect(names).toContain('ERC20InsufficientAllowance');
    expect(names.filter((n) => !hasExplanation(n))).toEqual([]);
  });

  for (const [abiName, abi] of Object.entries(generatedAbis)) {
    it(`decodes every custom error of ${abiName} decoded by viem with the call's ABI`, () => {
      for (const item of errorsOf(abi)) {
        const d = decodeError(simulateFailure(abi, encode(item)));
        expect(d.kind, item.name).toBe('revert');
        expect(d.errorName).toBe(item.name);
        expect(d.message.length).toBeGreaterThan(15);
        expect(d.message).not.toMatch(/0x[0-9a-f]{8}(?![0-9a-f])/i); // no bare selector
        expect(d.message).not.toMatch(/\bat .*\.(js|ts):\d+/); // no stack trace
      }
    });
  }

  it('decodes any known error even when the call used another ABI (raw selector)', () => {
    for (const item of allErrorsAbi) {
      const d = decodeError(simulateFailure([], encode(item)));
      expect(d.kind).toBe('revert');
      expect(d.errorName).toBe(item.name);
    }
  });

  it('decodes revert data carried by a bare RPC error (code 3)', () => {
    const item = errorsOf(ozErc20ErrorsAbi).find((e) => e.name === 'ERC20InsufficientAllowance')!;
    const data = encodeErrorResult({
      abi: [item],
      errorName: item.name,
      args: ['0x0000000000000000000000000000000000000002', 0n, 10n ** 18n],
    } as never);
    const d = decodeError({ code: 3, message: 'execution reverted', data });
    expect(d.kind).toBe('revert');
    expect(d.title).toBe('NASH not approved');
    expect(d.message).toContain('needs 1 NASH');
    expect(d.message).toContain('Approve');
  });

  it('says the deadline has passed for DeadlinePassed, with the date', () => {
    const data = encodeErrorResult({ abi: levetrageAbi, errorName: 'DeadlinePassed', args: [7n, 1_800_000_000] });
    const d = decodeError(simulateFailure(levetrageAbi as Abi, data));
    expect(d.title).toBe('Deadline passed');
    expect(d.message).toBe(
      'The deadline has passed (2027-01-15 08:00 UTC); the demand can no longer be marked fulfilled.',
    );
  });

  it('explains DrawDetermined and ThreatNotLive with their arguments', () => {
    const dd = decodeError(
      simulateFailure(
        levetrageAbi as Abi,
        encodeErrorResult({ abi: levetrageAbi, errorName: 'DrawDetermined', args: [3n, 4, 99] }),
      ),
    );
    expect(dd.message).toContain('draw 4 of threat #3 is already fixed');
    const nl = decodeError(
      simulateFailure(
        levetrageAbi as Abi,
        encodeErrorResult({ abi: levetrageAbi, errorName: 'ThreatNotLive', args: [2n, 6] }),
      ),
    );
    expect(nl.message).toContain('has been escalated');
  });

  it('gives require-reason strings and panics in words', () => {
    const withReason = encodeErrorResult({
      abi: [{ type: 'error', name: 'Error', inputs: [{ type: 'string', name: 'm' }] }],
      errorName: 'Error',
      args: ['too late'],
    });
    expect(decodeError(simulateFailure([], withReason)).message).toBe(
      'The contract refused the transaction: too late.',
    );
    const panic = encodeErrorResult({
      abi: [{ type: 'error', name: 'Panic', inputs: [{ type: 'uint256', name: 'c' }] }],
      errorName: 'Panic',
      args: [0x11n],
    });
    expect(decodeError(simulateFailure([], panic)).message).toContain('panic code 17');
  });

  it('falls back to words for an unknown selector and for an empty revert', () => {
    const unknown = decodeError(simulateFailure([], '0xdeadbeef'));
    expect(unknown.kind).toBe('revert');
    expect(unknown.message).not.toContain('deadbeef');
    const empty = decodeError(simulateFailure([], '0x'));
    expect(empty.kind).toBe('revert');
  });

  it('humanizes error names that have no sentence yet', () => {
    expect(humanizeErrorName('VRFCoordinatorNotSet')).toBe('vrf coordinator not set');
  });
});

describe('decodeError: wallet and network', () => {
  it('recognizes a user rejection however it is wrapped', () => {
    expect(decodeError(new UserRejectedRequestError(new Error('User rejected the request.'))).kind).toBe('rejected');
    expect(decodeError({ code: 4001, message: 'MetaMask Tx Signature: User denied transaction signature.' }).kind).toBe(
      'rejected',
    );
    const wrapped = new ContractFunctionExecutionError(new UserRejectedRequestError(new BaseError('no')), {
      abi: [],
      functionName: 'fulfil',
    });
    const d = decodeError(wrapped);
    expect(d.kind).toBe('rejected');
    expect(d.message).toMatch(/rejected the request in your wallet/);
  });

  it('recognizes insufficient funds', () => {
    const e = new ContractFunctionExecutionError(
      new InsufficientFundsError({ cause: new BaseError('insufficient funds for gas * price + value') }),
      { abi: [], functionName: 'createCommitment' },
    );
    const d = decodeError(e);
    expect(d.kind).toBe('insufficient-funds');
    expect(d.title).toBe('Not enough ETH');
    expect(
      decodeError({ code: -32000, message: 'insufficient funds for gas * price + value: have 0 want 1' }).kind,
    ).toBe('insufficient-funds');
  });

  it('recognizes a chain mismatch', () => {
    const chain = {
      id: 31337,
      name: 'Anvil (local)',
      nativeCurrency: { name: 'E', symbol: 'E', decimals: 18 },
      rpcUrls: { default: { http: ['http://x'] } },
    } as const;
    expect(
      decodeError(new ChainMismatchError({ chain, currentChainId: 1 }), { expectedChainName: 'Anvil (local)' }),
    ).toMatchObject({
      kind: 'wrong-network',
      message: expect.stringContaining('than Anvil (local)'),
    });
    expect(decodeError(new ChainNotConfiguredError()).kind).toBe('wrong-network');
    expect(decodeError({ code: 4902, message: 'Unrecognized chain ID' }).kind).toBe('wrong-network');
  });

  it('recognizes an unreachable RPC', () => {
    expect(
      decodeError(new HttpRequestError({ url: 'http://127.0.0.1:1', cause: new TypeError('fetch failed') })).kind,
    ).toBe('rpc-down');
    expect(decodeError(new TypeError('Failed to fetch')).kind).toBe('rpc-down');
  });

  it('never returns a stack trace for an unknown error', () => {
    const e = new Error('boom\n    at foo (/x/y.js:1:2)');
    const d = decodeError(e);
    expect(d).toEqual({ kind: 'unknown', title: 'Something went wrong', message: 'boom' });
    expect(decodeError(undefined).kind).toBe('unknown');
    expect(decodeError('plain text').message).toBe('plain text');
  });
});
