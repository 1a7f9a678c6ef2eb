// viem clients for scripts (seed, keeper, warp) talking to one RPC, signing locally with dev keys.
import {
  createPublicClient,
  createWalletClient,
  defineChain,
  http,
  type Account,
  type Chain,
  type Hex,
  type PublicClient,
  type Transport,
  type WalletClient,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

/** A viem chain for the RPC (chain id read beforehand). */
export function chainFor(chainId: number, rpcUrl: string) {
  return defineChain({
    id: chainId,
    name: chainId === 31337 ? 'Anvil (local)' : `Chain ${chainId}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
}

/** A public client on `rpcUrl` (polling fast: local chains mine every second or two). */
export async function publicClientFor(rpcUrl: string): Promise<PublicClient> {
  const probe = createPublicClient({ transport: http(rpcUrl) });
  const chainId = await probe.getChainId();
  return createPublicClient({
    chain: chainFor(chainId, rpcUrl),
    transport: http(rpcUrl),
    pollingInterval: 250,
  }) as PublicClient;
}

/** A wallet client of a script: signs locally, on a known chain. */
export type ScriptWallet = WalletClient<Transport, Chain, Account>;

/** A wallet client signing with `privateKey` on the chain of `publicClient`. */
export function walletClientFor(publicClient: PublicClient, privateKey: Hex): ScriptWallet {
  const chain = publicClient.chain;
  if (!chain) throw new Error('walletClientFor: the public client has no chain (use publicClientFor)');
  return createWalletClient({
    account: privateKeyToAccount(privateKey),
    chain,
    transport: http(chain.rpcUrls.default.http[0]),
  });
}
