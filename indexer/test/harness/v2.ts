// Driving the v2 registry from tests and the benchmark seed: engagements (EIP-712 signed, or accepted on chain),
// creates, settles with header proofs, time travel.
import { keccak256, parseEventLogs, toBytes, type Address, type Hex, type TransactionReceipt } from 'viem';
import { levetrageAbi, nashAbi, registryGettersAbi, vrfBeaconAbi } from '../../abis.generated';
import { getHeaderRlp } from '../../../lib/randomness/header-proof';
import { rpc } from '../../../scripts/lib/anvil.mjs';
import type { Role, TestChain, Wallet } from './chain';
import {
  ENGAGEMENT_TYPE,
  ENGAGEMENT_TYPES,
  NO_ENGAGEMENT,
  engagementTypedData,
  type Engagement,
} from '../../../lib/engagements/typed-data';

export const ZERO: Address = '0x0000000000000000000000000000000000000000';
export const ZERO_HASH: Hex = `0x${'00'.repeat(32)}`;
export const ETH = 10n ** 18n;
export const PROB = 1_000_000_000;

// The engagement's EIP-712 shape is the app's (lib/engagements/typed-data.ts); the tests check it against the chain.
export { ENGAGEMENT_TYPE, ENGAGEMENT_TYPES, NO_ENGAGEMENT, type Engagement };

export async function engagementTypehashMatches(chain: TestChain): Promise<boolean> {
  const onChain = await chain.client.readContract({
    address: chain.registry,
    abi: registryGettersAbi,
    functionName: 'ENGAGEMENT_TYPEHASH',
  });
  return onChain === keccak256(toBytes(ENGAGEMENT_TYPE));
}

/** The provider's EIP-712 signature (domain "Levetrage" "1", chain id, the registry). */
export function signEngagement(chain: TestChain, provider: Wallet, e: Engagement): Promise<Hex> {
  return provider.signTypedData(engagementTypedData(chain.chainId, chain.registry, e));
}

export interface ParamsInput {
  resolver: Address;
  beneficiary: Address;
  adversary?: Address;
  deadline: number;
  timeoutAction: 0 | 1 | 2; // Refund, Forfeit, Escalate
  flags?: number;
  maxFee?: bigint;
  linkedTo?: bigint;
  odds?: { beacon: Address; period: number; pEscalate: number; pTerminate: number };
  funding?: { cap: bigint; backersRoot?: Hex; gatherUntil?: number; minPledgers?: number; minTotal?: bigint };
  terms: string;
  /** The resolver contract's configuration (lib/resolvers/resolution.ts resolutionParams); none for an account. */
  resolverData?: Hex;
}

export function params(p: ParamsInput) {
  return {
    resolver: p.resolver,
    beneficiary: p.beneficiary,
    adversary: p.adversary ?? ZERO,
    deadline: p.deadline,
    timeoutAction: p.timeoutAction,
    flags: p.flags ?? 0,
    maxFee: p.maxFee ?? 1000n * ETH,
    linkedTo: p.linkedTo ?? 0n,
    odds: p.odds ?? { beacon: ZERO, period: 0, pEscalate: 0, pTerminate: 0 },
    funding: {
      cap: p.funding?.cap ?? 0n,
      backersRoot: p.funding?.backersRoot ?? ZERO_HASH,
      gatherUntil: p.funding?.gatherUntil ?? 0,
      minPledgers: p.funding?.minPledgers ?? 0,
      minTotal: p.funding?.minTotal ?? 0n,
    },
    terms: p.terms,
    resolverData: p.resolverData ?? ('0x' as Hex),
  };
}

/** Sends a registry call (simulated first, so a revert throws with its reason) and waits for success. */
export async function call(
  chain: TestChain,
  from: Wallet,
  functionName: string,
  args: readonly unknown[],
  value = 0n,
  address: Address = chain.registry,
  abi: readonly unknown[] = levetrageAbi,
  gas?: bigint,
): Promise<{ receipt: TransactionReceipt; result: unknown }> {
  const { request, result } = await chain.client.simulateContract({
    account: from.account,
    address,
    abi: abi as typeof levetrageAbi,
    functionName: functionName as 'settle',
    args: args as never,
    value,
    ...(gas ? { gas } : {}),
  } as never);
  const hash = await from.writeContract(request as never);
  const receipt = await chain.client.waitForTransactionReceipt({ hash });
  if (receipt.status !== 'success') {
    const tx = await chain.client.getTransaction({ hash });
    throw new Error(`${functionName} reverted (${hash}; gas used ${receipt.gasUsed} of ${tx.gas})`);
  }
  return { receipt, result };
}

/** Creates a threat as `maker`; returns its id. */
export async function create(
  chain: TestChain,
  maker: Wallet,
  p: ParamsInput,
  stake: bigint,
  engagement: Engagement = NO_ENGAGEMENT,
  signature: Hex = '0x',
): Promise<bigint> {
  const { receipt } = await call(chain, maker, 'create', [params(p), engagement, signature], stake);
  const [created] = parseEventLogs({ abi: levetrageAbi, eventName: 'ThreatCreated', logs: receipt.logs });
  if (!created) throw new Error('no ThreatCreated in the receipt');
  return created.args.id;
}

export async function chainTime(chain: TestChain): Promise<number> {
  const block = await chain.client.getBlock({ blockTag: 'latest' });
  return Number(block.timestamp);
}

export async function headBlock(chain: TestChain): Promise<bigint> {
  return chain.client.getBlockNumber({ cacheTime: 0 });
}

export async function mine(chain: TestChain, n = 1) {
  await rpc(chain.rpcUrl, 'anvil_mine', [`0x${n.toString(16)}`]);
}

export async function warp(chain: TestChain, seconds: number) {
  await rpc(chain.rpcUrl, 'evm_increaseTime', [Math.floor(seconds)]);
  await mine(chain, 1);
}

/** The proof settle(id) needs now: the header of the block beacon's ticket block when it is past, else empty. */
export async function proofFor(chain: TestChain, id: bigint): Promise<Hex> {
  const [t, odds] = await chain.client.readContract({
    address: chain.registry,
    abi: levetrageAbi,
    functionName: 'getThreat',
    args: [id],
  });
  if (t.pendingThrough <= t.settledPeriods || odds.beacon.toLowerCase() !== chain.prevrandaoBeacon.toLowerCase())
    return '0x';
  const ticket = BigInt(t.ticket) & ((1n << 40n) - 1n);
  const head = await headBlock(chain);
  return head >= ticket ? getHeaderRlp(chain.client, ticket) : '0x';
}

/** settle(id, proof) as the keeper; returns the receipt. */
export async function settle(chain: TestChain, id: bigint, from: Role = 'keeper') {
  const proof = await proofFor(chain, id);
  return (await call(chain, chain.wallet(from), 'settle', [id, proof])).receipt;
}

/** The VRF stand-in coordinator answers request `requestId` with `word`. */
export async function answerVrf(chain: TestChain, requestId: bigint, word: bigint) {
  const coordinator = await chain.impersonate('0x00000000000000000000000000000000000c0de1');
  const hash = await coordinator.writeContract({
    account: '0x00000000000000000000000000000000000c0de1',
    chain: coordinator.chain,
    address: chain.vrfBeacon,
    abi: vrfBeaconAbi,
    functionName: 'rawFulfillRandomWords',
    args: [requestId, [word]],
  });
  const receipt = await chain.client.waitForTransactionReceipt({ hash });
  if (receipt.status !== 'success') throw new Error('rawFulfillRandomWords reverted');
  return receipt;
}

/** The VRF request id behind a threat's pending ticket. */
export async function vrfRequestIdOf(chain: TestChain, ticket: number): Promise<bigint> {
  return chain.client.readContract({
    address: chain.vrfBeacon,
    abi: vrfBeaconAbi,
    functionName: 'requestIdOf',
    args: [ticket],
  });
}

export async function nashBalance(chain: TestChain, who: Address): Promise<bigint> {
  return chain.client.readContract({ address: chain.nash, abi: nashAbi, functionName: 'balanceOf', args: [who] });
}
