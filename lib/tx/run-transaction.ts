import type { Config } from '@wagmi/core';
import { getAccount, getConnectorClient, getPublicClient } from '@wagmi/core';
import { ChainMismatchError, type Hex, type TransactionReceipt } from 'viem';
import { sendWrite, TransactionRevertedOnChainError, type ProtocolWrite } from '@/lib/contracts/write';
import { decodeError, type DecodedError } from '@/lib/errors/decode-error';
import type { TxEvent } from './tx-state';

export { TransactionRevertedOnChainError };

/**
 * One contract write: a call built by `lib/contracts/actions` (`fulfilCall`, `createThreatCall`, …) or any other
 * write of the generated ABIs, typed end to end, plus the chain it must happen on.
 */
export type TxRequest = ProtocolWrite & {
  /** Chain the write must happen on; the wallet must be on it. Defaults to the wallet's chain. */
  chainId?: number;
};

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

/**
 * The app's wallet write path, without React: for each step, the protocol's one pipeline
 * (`sendWrite` in lib/contracts/write.ts: simulate, so a revert is caught and decoded before the wallet
 * opens; sign; wait for the receipt), with the wagmi config's connected wallet and public client, reporting
 * every phase to the state machine. Stops at the first failure. Never throws: failures come back decoded in words.
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
      const client = await getConnectorClient(config, { chainId });
      const { receipt } = await sendWrite(client, withoutChainId(request), {
        publicClient: getPublicClient(config, { chainId }),
        account: account.address,
        confirmations: options.confirmations ?? 1,
        onSimulated: () => emit({ type: 'sign' }),
        onSubmitted: (hash) => {
          hashes.push(hash);
          emit({ type: 'submitted', hash });
        },
      });
      receipts.push(receipt);
      emit({ type: 'mined', receipt });
    }
    emit({ type: 'done' });
    return { ok: true, receipts, hashes };
  } catch (e) {
    const error = decodeError(e, { expectedChainName: expectedChainName(config, steps) });
    emit({ type: 'fail', error });
    return { ok: false, error, receipts, hashes };
  }
}

/** The call itself: `chainId` is the runner's, not an argument of the contract function. */
function withoutChainId({ chainId, ...call }: TxRequest): ProtocolWrite {
  return call as ProtocolWrite; // rest of a union: the same ProtocolWrite member without `chainId`
}

function expectedChainName(config: Config, steps: TxStep[]): string | undefined {
  for (const s of steps) {
    if (typeof s.request === 'object' && s.request?.chainId !== undefined) {
      return config.chains.find((c) => c.id === (s.request as TxRequest).chainId)?.name;
    }
  }
  return undefined;
}
