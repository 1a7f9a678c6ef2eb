/**
 * Registry writes from the public page (join, leave, activate, reclaim, and a settle that cancels a failed pool)
 * with any injected EIP-1193 wallet, no RainbowKit: connect, check the network, then each call through the one
 * write pipeline (`sendWrite`: simulate first, so a revert is explained before anything is signed). Loaded by the
 * page only on click (dynamic import). Never throws: a failure comes back in words (lib/errors).
 */
import { createPublicClient, createWalletClient, custom, type Address, type EIP1193Provider, type Hex } from 'viem';
import { getChain } from '../chains';
import type { ContractWrite } from '../contracts/write';
import { sendWrite } from '../contracts/write';
import type { levetrageAbi } from '../contracts/abis.generated';
import { decodeError, type DecodedError } from '../errors';

/** Progress of a browser write. */
export type BrowserWriteStep = 'connecting' | 'simulating' | 'signing' | 'mining';

/** The outcome: the hashes of the mined transactions, or why not in words. */
export type BrowserWriteOutcome =
  | { ok: true; hashes: Hex[]; account: Address }
  | { ok: false; error: Pick<DecodedError, 'kind' | 'title' | 'message'> & { errorName?: string } };

/** The connected account and a wallet client on the right chain, or a failure in words. */
export async function connectInjected(
  provider: EIP1193Provider | undefined,
  chainId: number,
): Promise<
  | {
      ok: true;
      account: Address;
      wallet: ReturnType<typeof createWalletClient>;
      client: ReturnType<typeof createPublicClient>;
    }
  | Extract<BrowserWriteOutcome, { ok: false }>
> {
  const fail = (kind: DecodedError['kind'], title: string, message: string) =>
    ({ ok: false, error: { kind, title, message } }) as const;
  if (!provider)
    return fail(
      'unknown',
      'No browser wallet found',
      'This sends a transaction: open the page in a browser with a wallet extension (or a wallet app’s browser).',
    );
  const chain = getChain(chainId);
  if (!chain) return fail('wrong-network', 'Unknown chain', `This app is not configured for chain ${chainId}.`);
  const wallet = createWalletClient({ chain, transport: custom(provider) });
  const [account] = await wallet.requestAddresses();
  if (!account) return fail('rejected', 'No account', 'The wallet did not share an account.');
  const walletChain = await wallet.getChainId();
  if (walletChain !== chainId) {
    try {
      await wallet.switchChain({ id: chainId });
    } catch {
      return fail(
        'wrong-network',
        'Wrong network',
        `Your wallet is on chain ${walletChain}; switch it to ${chain.name} (chain ${chainId}) and try again.`,
      );
    }
  }
  return { ok: true, account, wallet, client: createPublicClient({ chain, transport: custom(provider) }) };
}

/**
 * Sends `calls` one after the other from the injected wallet. `calls` may be a function of the connected
 * account (a proof for an allow-list needs it).
 */
export async function writeFromBrowser(p: {
  provider: EIP1193Provider | undefined;
  chainId: number;
  calls:
    | readonly ContractWrite<typeof levetrageAbi>[]
    | ((account: Address) => readonly ContractWrite<typeof levetrageAbi>[] | string);
  onStep?: (step: BrowserWriteStep) => void;
}): Promise<BrowserWriteOutcome> {
  const chainName = getChain(p.chainId)?.name;
  try {
    p.onStep?.('connecting');
    const c = await connectInjected(p.provider, p.chainId);
    if (!c.ok) return c;
    const calls = typeof p.calls === 'function' ? p.calls(c.account) : p.calls;
    if (typeof calls === 'string')
      return { ok: false, error: { kind: 'revert', title: 'Not possible', message: calls } };
    const hashes: Hex[] = [];
    for (const call of calls) {
      p.onStep?.('simulating');
      const { hash } = await sendWrite(c.wallet, call, {
        account: c.account,
        publicClient: c.client,
        onSimulated: () => p.onStep?.('signing'),
        onSubmitted: () => p.onStep?.('mining'),
      });
      hashes.push(hash);
    }
    return { ok: true, hashes, account: c.account };
  } catch (e) {
    const d = decodeError(e, { expectedChainName: chainName });
    return { ok: false, error: { kind: d.kind, title: d.title, message: d.message, errorName: d.errorName } };
  }
}
