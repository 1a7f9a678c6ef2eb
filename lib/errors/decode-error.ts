import { decodeErrorResult, type Hex } from 'viem';
import { allErrorsAbi } from './known-errors';
import { explainContractError, type ErrorText } from './error-messages';

/** What went wrong, in one word the UI can branch on. */
export type ErrorKind = 'rejected' | 'insufficient-funds' | 'revert' | 'wrong-network' | 'rpc-down' | 'unknown';

/** An error from viem / wagmi / a wallet / the RPC, explained for people. */
export interface DecodedError extends ErrorText {
  kind: ErrorKind;
  /** For a revert with a custom error: its name (e.g. `DeadlinePassed`) and decoded arguments. */
  errorName?: string;
  args?: readonly unknown[];
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  shortMessage?: unknown;
  details?: unknown;
  data?: unknown;
  raw?: unknown;
  reason?: unknown;
  signature?: unknown;
  cause?: unknown;
}

/** The error and its causes, outermost first (viem and wagmi wrap errors several levels deep). */
function causeChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let e: unknown = error;
  while (e && typeof e === 'object' && chain.length < 25 && !chain.includes(e as ErrorLike)) {
    chain.push(e as ErrorLike);
    e = (e as ErrorLike).cause;
  }
  return chain;
}

/** The readable text of one error. viem errors: short message and node details only (their long
 * message repeats the call's arguments, e.g. the demand's terms, which must not be matched). */
function text(e: ErrorLike): string {
  const parts = typeof e.shortMessage === 'string' ? [e.shortMessage, e.details] : [e.message, e.details];
  return parts.filter((s) => typeof s === 'string').join(' ');
}

function isHexData(v: unknown): v is Hex {
  return typeof v === 'string' && /^0x[0-9a-fA-F]{8,}$/.test(v) && v.length % 2 === 0;
}

/** Revert data found anywhere in the chain: viem's `raw`, an RPC error's `data` or `data.data`. */
function findRevertData(chain: ErrorLike[]): Hex | undefined {
  for (const e of chain) {
    if (isHexData(e.raw)) return e.raw;
    if (isHexData(e.data)) return e.data;
    const inner = e.data as { data?: unknown } | undefined;
    if (inner && typeof inner === 'object' && isHexData(inner.data)) return inner.data;
  }
  return undefined;
}

const REJECTED_NAMES = new Set(['UserRejectedRequestError']);
const NETWORK_NAMES = new Set([
  'ChainMismatchError',
  'ChainNotConfiguredError',
  'ConnectorChainMismatchError',
  'SwitchChainNotSupportedError',
  'ChainDisconnectedError',
]);
const RPC_DOWN_NAMES = new Set(['HttpRequestError', 'TimeoutError', 'WebSocketRequestError', 'SocketClosedError']);
const RPC_DOWN_TEXT =
  /fetch failed|failed to fetch|ECONNREFUSED|ECONNRESET|ENOTFOUND|network ?error|networkerror|load failed|socket hang up/i;

function rejected(): DecodedError {
  return {
    kind: 'rejected',
    title: 'Request rejected in the wallet',
    message: 'You rejected the request in your wallet. Nothing was sent and nothing was spent.',
  };
}

function insufficientFunds(): DecodedError {
  return {
    kind: 'insufficient-funds',
    title: 'Not enough ETH',
    message: 'The account does not hold enough ETH for the stake plus the network fee. Add ETH and try again.',
  };
}

function wrongNetwork(expectedChainName?: string): DecodedError {
  return {
    kind: 'wrong-network',
    title: 'Wrong network',
    message: `Your wallet is on a different network${
      expectedChainName ? ` than ${expectedChainName}` : ''
    }. Switch networks in your wallet and try again.`,
  };
}

function rpcDown(): DecodedError {
  return {
    kind: 'rpc-down',
    title: 'Cannot reach the network',
    message:
      'The blockchain node did not answer. Check your connection (or that the local chain is running) and try again.',
  };
}

/** Decode revert data with every ABI we know: custom errors, `Error(string)` and `Panic(uint256)`. */
export function decodeRevertData(data: Hex): DecodedError | undefined {
  try {
    const { errorName, args } = decodeErrorResult({ abi: allErrorsAbi, data });
    return revertFromName(errorName, args ?? []);
  } catch {
    return undefined;
  }
}

function revertFromName(errorName: string, args: readonly unknown[]): DecodedError {
  if (errorName === 'Error') {
    const reason = String(args[0] ?? '').trim();
    return {
      kind: 'revert',
      title: 'Transaction refused',
      message: reason ? `The contract refused the transaction: ${reason}.` : 'The contract refused the transaction.',
      errorName,
      args,
    };
  }
  if (errorName === 'Panic') {
    return {
      kind: 'revert',
      title: 'Contract error',
      message: `The contract stopped with an internal error (panic code ${String(args[0])}). Nothing was changed.`,
      errorName,
      args,
    };
  }
  return { kind: 'revert', ...explainContractError(errorName, args), errorName, args };
}

/** Options that sharpen a decoded error. */
export interface DecodeErrorOptions {
  /** Name of the chain the app expects, used in the wrong-network message. */
  expectedChainName?: string;
}

/**
 * The one error decoder of the app. Takes anything thrown by viem / wagmi / a wallet / the RPC
 * (simulate, write, wait for receipt, reads) and returns its kind and a title and message in plain
 * words: user rejection, insufficient funds, wrong network, unreachable RPC, or a revert decoded
 * against every ABI in `lib/contracts/abis.generated.ts` plus OpenZeppelin's ERC-20 errors.
 * Never returns a stack trace or raw hex.
 */
export function decodeError(error: unknown, options: DecodeErrorOptions = {}): DecodedError {
  const chain = causeChain(error);
  if (chain.length === 0) {
    const s = typeof error === 'string' ? error : '';
    return { kind: 'unknown', title: 'Something went wrong', message: s ? firstLine(s) : 'An unknown error occurred.' };
  }

  // 0. Mined but reverted (lib/contracts/write.ts): the simulation passed, then the chain moved.
  if (chain.some((e) => e.name === 'TransactionRevertedOnChainError')) {
    return {
      kind: 'revert',
      title: 'Transaction failed on chain',
      message:
        'The transaction was mined but reverted: the chain changed between the check and the signature. Reload and try again.',
    };
  }

  // 1. The user said no (EIP-1193 code 4001) — checked first: wallets wrap it in anything.
  for (const e of chain) {
    if (REJECTED_NAMES.has(String(e.name)) || e.code === 4001 || e.code === 'ACTION_REJECTED') return rejected();
    if (/user (rejected|denied|cancel)/i.test(text(e))) return rejected();
  }

  // 2. Decoded custom error (viem decoded it with the ABI of the call).
  for (const e of chain) {
    if (e.name !== 'ContractFunctionRevertedError') continue;
    const data = e.data as { errorName?: string; args?: readonly unknown[] } | undefined;
    if (data?.errorName) return revertFromName(data.errorName, data.args ?? []);
  }
  // 3. Raw revert data anywhere (signature not in the call's ABI, or an RPC error): decode with every ABI.
  const raw = findRevertData(chain);
  if (raw) {
    const decoded = decodeRevertData(raw);
    if (decoded) return decoded;
  }

  // 4. Not enough ETH for value + gas.
  for (const e of chain) {
    if (e.name === 'InsufficientFundsError' || /insufficient funds|exceeds the balance of the account/i.test(text(e))) {
      return insufficientFunds();
    }
  }

  // 5. Wallet on another chain, or chain not configured.
  for (const e of chain) {
    if (NETWORK_NAMES.has(String(e.name)) || e.code === 4902 || e.code === 4901)
      return wrongNetwork(options.expectedChainName);
    if (/does not match the target chain|chain mismatch|unrecognized chain/i.test(text(e))) {
      return wrongNetwork(options.expectedChainName);
    }
  }

  // 6. A revert we could not decode (reason string, unknown selector, or none at all).
  for (const e of chain) {
    if (e.name === 'ContractFunctionRevertedError') {
      if (typeof e.reason === 'string' && e.reason && e.reason !== 'execution reverted') {
        return revertFromName('Error', [e.reason]);
      }
      return {
        kind: 'revert',
        title: 'Transaction refused',
        message: 'The contract refused the transaction without giving a reason it could explain. Nothing was changed.',
      };
    }
    if (
      e.name === 'ExecutionRevertedError' ||
      e.code === 3 ||
      /execution reverted|reverted/i.test(String(e.shortMessage ?? ''))
    ) {
      return {
        kind: 'revert',
        title: 'Transaction refused',
        message: 'The contract refused the transaction. Nothing was changed.',
      };
    }
  }

  // 7. The node cannot be reached.
  for (const e of chain) {
    if (RPC_DOWN_NAMES.has(String(e.name)) || RPC_DOWN_TEXT.test(text(e))) return rpcDown();
  }

  // 8. Not connected.
  for (const e of chain) {
    if (
      e.name === 'ConnectorNotConnectedError' ||
      e.name === 'ConnectorAccountNotFoundError' ||
      e.name === 'ConnectorNotFoundError'
    ) {
      return { kind: 'unknown', title: 'No wallet connected', message: 'Connect a wallet first, then try again.' };
    }
  }

  const top = chain[0];
  const summary =
    typeof top.shortMessage === 'string' ? top.shortMessage : typeof top.message === 'string' ? top.message : '';
  return {
    kind: 'unknown',
    title: 'Something went wrong',
    message: summary ? firstLine(summary) : 'An unknown error occurred.',
  };
}

function firstLine(s: string): string {
  const line =
    s
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? s;
  return line.length > 240 ? `${line.slice(0, 237)}…` : line;
}
