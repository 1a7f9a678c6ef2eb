import { describe, expect, it } from 'vitest';
import type { Abi } from 'viem';
import { TransactionRevertedOnChainError } from '@/lib/contracts/write';
import { decodeError } from './decode-error';
import { ERROR_MESSAGES } from './error-messages';
import { generatedAbis, ozErc20ErrorsAbi } from './known-errors';

describe('error messages', () => {
  it('explain no error that no contract declares (the generated ABIs and OpenZeppelin’s ERC-20 errors)', () => {
    const declared = new Set(
      [...Object.values(generatedAbis), ozErc20ErrorsAbi as Abi].flatMap((abi) =>
        abi.filter((x) => x.type === 'error').map((x) => (x as { name: string }).name),
      ),
    );
    expect(Object.keys(ERROR_MESSAGES).filter((name) => !declared.has(name))).toEqual([]);
  });

  it('say that a mined transaction reverted, for the wallet runner and the public page alike', () => {
    const d = decodeError(new TransactionRevertedOnChainError(`0x${'ab'.repeat(32)}`));
    expect(d).toMatchObject({ kind: 'revert', title: 'Transaction failed on chain' });
    expect(d.message).toMatch(/mined but reverted/);
  });
});
