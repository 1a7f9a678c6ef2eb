/**
 * The provider's acceptance of a threat's engagement, re-checked from the chain alone (the adversary's page, in
 * the browser; the provider desk): the creation transaction's calldata carries the engagement and the provider's
 * signature (`create(params, engagement, signature)`); its EIP-712 digest must be the `engagementId` of
 * `ThreatCreated`, and the signature the provider's (ECDSA, or ERC-1271 for a contract). An engagement accepted
 * on chain instead has an empty signature and an `EngagementAccepted` event.
 */
import { decodeFunctionData, isAddressEqual, type Address, type Client, type Hex } from 'viem';
import { getBlock, getBlockNumber, getTransaction } from 'viem/actions';
import { levetrageAbi } from '../contracts/abis.generated';
import { getRegistryLogs } from '../threats/logs';
import { engagementFromAbi, engagementId, type Engagement } from './typed-data';
import { SIGNATURE_PROBLEM_TEXT, verifyEngagementSignature } from './verify';

/** The engagement and signature a `create` call carried; null when the calldata is not a registry `create`. */
export function engagementFromCreateCalldata(input: Hex): { engagement: Engagement; signature: Hex } | null {
  try {
    const call = decodeFunctionData({ abi: levetrageAbi, data: input });
    if (call.functionName !== 'create') return null;
    const [, e, signature] = call.args as unknown as [unknown, Engagement, Hex];
    return { engagement: engagementFromAbi(e), signature };
  } catch {
    return null;
  }
}

/** What the re-check found. `at` is when the provider's consent is on record (unix seconds). */
export type AcceptanceCheck =
  | {
      ok: true;
      provider: Address;
      how: 'signature' | 'contract signature' | 'accepted on chain';
      /** Signed: when the registry checked the signature (the threat's creation); on chain: the acceptance block. */
      at: number;
      engagement: Engagement;
    }
  | { ok: false; message: string };

/** Everything the re-check needs about the threat (from its `ThreatCreated`). */
export interface AcceptanceInput {
  /** The threat's chain and registry. */
  chainId: number;
  registry: Address;
  provider: Address;
  engagementId: Hex;
  createdTx: Hex;
  createdAt: number;
  startBlock?: number;
}

/**
 * Re-checks, from the chain behind `client`, that the threat's provider accepted the engagement it names. A bare
 * client will do: the actions are imported one by one.
 */
export async function checkAcceptance(client: Client, t: AcceptanceInput): Promise<AcceptanceCheck> {
  if (/^0x0{64}$/.test(t.engagementId))
    return { ok: false, message: 'This threat names no engagement: it can never pay a provider.' };
  const tx = await getTransaction(client, { hash: t.createdTx });
  const call = tx.to && isAddressEqual(tx.to, t.registry) ? engagementFromCreateCalldata(tx.input) : null;
  if (!call)
    return {
      ok: false,
      message:
        'The threat was created through another contract, so its engagement cannot be re-read here; the registry checked it when the threat was created.',
    };
  const { engagement, signature } = call;
  if (!sameHex(engagementId(t.chainId, t.registry, engagement), t.engagementId))
    return { ok: false, message: 'The engagement in the creation transaction is not the one the registry recorded.' };
  if (!isAddressEqual(engagement.provider, t.provider))
    return { ok: false, message: 'The engagement names another provider than the threat.' };
  if (signature === '0x' || signature.length <= 2) {
    const logs = await getRegistryLogs(client, {
      registry: t.registry,
      eventNames: ['EngagementAccepted'],
      // EngagementAccepted(engagementId indexed, provider indexed, maker indexed, engagement): a bytes32 topic
      indexed: [t.engagementId as Address],
      fromBlock: BigInt(t.startBlock ?? 0),
      toBlock: tx.blockNumber ?? (await getBlockNumber(client)),
    });
    const log = logs[0];
    if (!log) return { ok: false, message: 'No on-chain acceptance of this engagement was found.' };
    const block = await getBlock(client, { blockNumber: log.blockNumber! });
    return {
      ok: true,
      provider: engagement.provider,
      how: 'accepted on chain',
      at: Number(block.timestamp),
      engagement,
    };
  }
  const check = await verifyEngagementSignature(
    { chainId: t.chainId, registry: t.registry, engagement, signature },
    client,
  );
  if (!check.ok) return { ok: false, message: SIGNATURE_PROBLEM_TEXT[check.problem] };
  return {
    ok: true,
    provider: engagement.provider,
    how: check.method === 'ecdsa' ? 'signature' : 'contract signature',
    at: t.createdAt,
    engagement,
  };
}

function sameHex(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
