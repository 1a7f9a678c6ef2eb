import type { Config } from '@wagmi/core';
import { getAccount, simulateContract, waitForTransactionReceipt, writeContract } from '@wagmi/core';
import { ChainMismatchError, type Abi, type Address, type Hex, type TransactionReceipt } from 'viem';
import { decodeError, type DecodedError } from '@/lib/errors/decode-error';
import type { TxEvent } from './tx-state';

/** One contract write: what `run()` simulates, signs and waits for. */
export interface TxRequest {
  address: Address;
  abi: Abi | readonly unknown[];
  functionName: string;
  args?: readonly unknown[];
  value?: bigint;
  /** Chain the write must happen on; the wallet must be on it. Defaults to the wallet's chain. */
  chainId?: number;
}

/**
 * One step of a sequence. `request` may be a function, evaluated when the step starts (after the
 * previous step is mined), returning null to skip the step — e.g. "approve NASH" when the allowance
 * already covers the fee.
 */
export interface TxStep {
  label?: string;
  request: TxRequest | (() => Promise<TxRequest | null> | TxRequest | null);
}

/** The outcome of a run: receipts of the mined steps, or the decoded failure. */
export type TxResult =
  | { ok: true; receipts: TransactionReceipt[]; hashes: Hex[] }
  | { ok: false; error: DecodedError; receipts: TransactionReceipt[]; hashes: Hex[] };

/** Options of `runTransactions`. */
export interface RunOptions {
  /** Receives every state-machine event, in order. */
  onEvent?: (event: TxEvent) => void;
  /** Confirmations to wait for (default 1). */
  confirmations?: number;
}

/** Thrown (and decoded) when a mined transaction reverted — simulation passed but the chain moved. */
export class TransactionRevertedOnChainError extends Error {
  constructor(public readonly hash: Hex) {
    super(`Transaction ${hash} reverted on chain`);
    this.name = 'TransactionRevertedOnChainError';
  }
}

/**
 * The one write path of the app, without React: for each step, simulate the call (so a revert is
 * caught and decoded before the wallet opens), ask the wallet to sign, wait for the receipt.
 * Stops at the first failure. Never throws: failures come back decoded in words.
 * @param config The wagmi config (its connected connector signs).
 * @param steps One or more writes, run in order.
 */
export async function runTransactions(config: Config, steps: TxStep[], options: RunOptions = {}): Promise<TxResult> {
  const emit = options.onEvent ?? (() => {});
  const receipts: TransactionReceipt[] = [];
  const hashes: Hex[] = [];
  emit({ type: 'start', stepCount: steps.length });
  try {
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i];
      emit({ type: 'simulate', stepIndex: i, label: step.label });
      const request = typeof step.request === 'function' ? await step.request() : step.request;
      if (!request) continue;
      const account = getAccount(config);
      if (!account.address) {
        throw Object.assign(new Error('No wallet connected'), { name: 'ConnectorNotConnectedError' });
      }
      const chainId = request.chainId ?? account.chainId;
      if (request.chainId !== undefined && account.chainId !== request.chainId) {
        const chain = config.chains.find((c) => c.id === request.chainId);
        throw chain
          ? new ChainMismatchError({ chain, currentChainId: account.chainId ?? 0 })
          : Object.assign(new Error(`Chain ${request.chainId} is not configured`), { name: 'ChainNotConfiguredError' });
      }
      const { request: prepared } = await simulateContract(config, {
        address: request.address,
        abi: request.abi as Abi,
        functionName: request.functionName,
        args: request.args as unknown[],
        value: request.value,
        chainId,
        account: account.address,
      } as never);
      emit({ type: 'sign' });
      const hash = await writeContract(config, prepared as never);
      hashes.push(hash);
      emit({ type: 'submitted', hash });
      const receipt = await waitForTransactionReceipt(config, {
        hash,
        chainId,
        confirmations: options.confirmations ?? 1,
      });
      if (receipt.status !== 'success') throw new TransactionRevertedOnChainError(hash);
      receipts.push(receipt);
      emit({ type: 'mined', receipt });
    }
    emit({ type: 'done' });
    return { ok: true, receipts, hashes };
  } catch (e) {
    const error: DecodedError =
      e instanceof TransactionRevertedOnChainError
        ? {
            kind: 'revert',
            title: 'Transaction failed on chain',
            message:
              'The transaction was mined but reverted: the chain changed between the check and the signature. Reload and try again.',
          }
        : decodeError(e, { expectedChainName: expectedChainName(config, steps) });
    emit({ type: 'fail', error });
    return { ok: false, error, receipts, hashes };
  }
}

function expectedChainName(config: Config, steps: TxStep[]): string | undefined {
  for (const s of steps) {
    if (typeof s.request === 'object' && s.request?.chainId !== undefined) {
      return config.chains.find((c) => c.id === (s.request as TxRequest).chainId)?.name;
    }
  }
  return undefined;
}
