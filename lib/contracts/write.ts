/**
 * The one write pipeline of the protocol: simulate the call (a revert is caught and decoded before anything is
 * signed), sign and send it, wait for the receipt, and fail when the mined transaction reverted. Every write goes
 * through it: the wagmi runner (`lib/tx/run-transaction.ts`), the public page's settle, the keeper, the seed and
 * the test helpers, each through one of the actions in `./actions/`.
 *
 * Calls are typed from the generated ABIs (`ContractWrite`): a misspelled function or a wrong argument does not
 * compile, and a function added to the ABI is available at once.
 */
import type {
  Abi,
  Account,
  Address,
  Chain,
  Client,
  ContractFunctionArgs,
  ContractFunctionName,
  ContractFunctionReturnType,
  Hex,
  TransactionReceipt,
  Transport,
} from 'viem';
import { estimateContractGas, simulateContract, waitForTransactionReceipt, writeContract } from 'viem/actions';
import type {
  arbitratorAbi,
  levetrageAbi,
  mockOracleAncillaryAbi,
  nashTokenAbi,
  optimisticOracleV3Abi,
  panelResolverAbi,
  realityEthV3_0Abi,
  realityResolverAbi,
  umaResolverAbi,
  uniswapV2Router02Abi,
  weth9Abi,
} from './abis.generated';

type Writable = 'nonpayable' | 'payable';

/** One call of a state-changing function `fn` of `abi`, with its arguments typed from the ABI. */
export type ContractWrite<
  abi extends Abi,
  fn extends ContractFunctionName<abi, Writable> = ContractFunctionName<abi, Writable>,
> = {
  [f in fn]: {
    address: Address;
    abi: abi;
    functionName: f;
    args: ContractFunctionArgs<abi, Writable, f>;
    /** Wei sent with the call (payable functions: the stake). */
    value?: bigint;
  };
}[fn];

/** Any write of the protocol: the registry, NASH, the resolvers, and the peers the app talks to (Reality.eth and
 * its arbitrator, UMA's oracle and the local DVM, Uniswap's router, WETH). */
export type ProtocolWrite =
  | ContractWrite<typeof levetrageAbi>
  | ContractWrite<typeof nashTokenAbi>
  | ContractWrite<typeof panelResolverAbi>
  | ContractWrite<typeof realityResolverAbi>
  | ContractWrite<typeof umaResolverAbi>
  | ContractWrite<typeof realityEthV3_0Abi>
  | ContractWrite<typeof arbitratorAbi>
  | ContractWrite<typeof optimisticOracleV3Abi>
  | ContractWrite<typeof mockOracleAncillaryAbi>
  | ContractWrite<typeof uniswapV2Router02Abi>
  | ContractWrite<typeof weth9Abi>;

/** What the simulation says `call` returns (e.g. the new threat id, the status after `settle`). */
export type WriteReturn<call extends ProtocolWrite> = call extends {
  abi: infer abi extends Abi;
  functionName: infer fn;
}
  ? fn extends ContractFunctionName<abi, Writable>
    ? ContractFunctionReturnType<abi, Writable, fn>
    : never
  : never;

/** A client that can sign: a viem wallet client, wagmi's connector client, or one over an unlocked anvil account. */
export type SigningClient = Client<Transport, Chain | undefined, Account | undefined>;

/** Options of {@link sendWrite}. */
export interface SendWriteOptions {
  /** Client for the simulation and the receipt (default: the signing client itself). */
  publicClient?: Client;
  /** The sender (default: the signing client's account). */
  account?: Account | Address;
  /** Confirmations to wait for (default 1). */
  confirmations?: number;
  /** The simulation passed; the wallet is asked to sign next. */
  onSimulated?: () => void;
  /** The transaction was sent. */
  onSubmitted?: (hash: Hex) => void;
}

/** A mined, successful write. */
export interface WriteResult<result = unknown> {
  hash: Hex;
  receipt: TransactionReceipt;
  /** The function's return value as simulated just before sending. */
  result: result;
}

/** Thrown when a mined transaction reverted: the simulation passed but the chain moved in between. */
export class TransactionRevertedOnChainError extends Error {
  constructor(public readonly hash: Hex) {
    super(`Transaction ${hash} reverted on chain`);
    this.name = 'TransactionRevertedOnChainError';
  }
}

/** A write that was simulated, signed and sent (not yet mined). */
export interface SubmittedWrite<result = unknown> {
  hash: Hex;
  /** The function's return value as simulated just before sending. */
  result: result;
}

/**
 * Simulates, signs and sends one protocol write without waiting for it to be mined: for a sender that has many
 * writes to make (the keeper), then waits for all the receipts at once. Throws what viem throws.
 */
export async function submitWrite<const call extends ProtocolWrite>(
  client: SigningClient,
  call: call,
  options: Omit<SendWriteOptions, 'confirmations'> = {},
): Promise<SubmittedWrite<WriteReturn<call>>> {
  const reader = options.publicClient ?? client;
  const account = options.account ?? client.account;
  if (!account) throw Object.assign(new Error('No account to send from'), { name: 'ConnectorNotConnectedError' });
  // viem's generics cannot narrow a union of calls; `call` itself is fully typed by ProtocolWrite.
  const { request, result } = await simulateContract(reader, { ...call, account } as never);
  // A gas limit with a 20% margin, as wallets add: an exact estimate can fall short by the 1/64 of gas a call
  // keeps back (EIP-150) when the resolvers call Reality.eth and the registry in turn (seen as out of gas on chain).
  const estimate = await estimateContractGas(reader, { ...call, account } as never);
  options.onSimulated?.();
  const hash = await writeContract(client, { ...(request as object), gas: estimate + estimate / 5n } as never);
  options.onSubmitted?.(hash);
  return { hash, result: result as WriteReturn<call> };
}

/**
 * Simulates, signs, sends and waits for one protocol write. Throws what viem throws (decode it with
 * `lib/errors`), or {@link TransactionRevertedOnChainError}.
 * @param client Signs and sends (its account is the sender unless `options.account` is given).
 * @param call The typed call, from one of `lib/contracts/actions`.
 */
export async function sendWrite<const call extends ProtocolWrite>(
  client: SigningClient,
  call: call,
  options: SendWriteOptions = {},
): Promise<WriteResult<WriteReturn<call>>> {
  const reader = options.publicClient ?? client;
  const { hash, result } = await submitWrite(client, call, options);
  const receipt = await waitForTransactionReceipt(reader, { hash, confirmations: options.confirmations ?? 1 });
  if (receipt.status !== 'success') throw new TransactionRevertedOnChainError(hash);
  return { hash, receipt, result };
}
