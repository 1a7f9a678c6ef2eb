import {
  createPublicClient,
  createWalletClient,
  hexToBigInt,
  http,
  numberToHex,
  type Chain,
  type EIP1193RequestFn,
  type Hex,
  type LocalAccount,
} from 'viem';

/** An EIP-1193 provider signing with a local (burner) account, forwarding reads to the chain's RPC. */
export interface DevWalletProvider {
  request: EIP1193RequestFn;
  on: (event: string, listener: (...args: unknown[]) => void) => void;
  removeListener: (event: string, listener: (...args: unknown[]) => void) => void;
}

/** An EIP-1193 error (code 4001 rejected, 4902 unknown chain, 4200 unsupported). */
export class ProviderRpcError extends Error {
  constructor(
    public readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderRpcError';
  }
}

interface TxParams {
  from?: Hex;
  to?: Hex;
  data?: Hex;
  value?: Hex;
  gas?: Hex;
  nonce?: Hex;
}

/**
 * The dev wallet's EIP-1193 provider: accounts, chain id and signatures come from `account`;
 * everything else (calls, estimates, receipts, logs) is forwarded to `chain`'s RPC.
 * Only one chain: switching to another answers 4902 (unknown chain), as wallets do.
 * @param account The burner account (viem `privateKeyToAccount`).
 * @param chain The local anvil chain.
 */
export function createDevWalletProvider(account: LocalAccount, chain: Chain): DevWalletProvider {
  const rpcUrl = chain.rpcUrls.default.http[0];
  const transport = http(rpcUrl, { retryCount: 0 });
  const publicClient = createPublicClient({ chain, transport });
  const walletClient = createWalletClient({ account, chain, transport });
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

  const request = (async ({ method, params }: { method: string; params?: unknown }) => {
    const p = (params ?? []) as unknown[];
    switch (method) {
      case 'eth_chainId':
        return numberToHex(chain.id);
      case 'net_version':
        return String(chain.id);
      case 'eth_accounts':
      case 'eth_requestAccounts':
        return [account.address];
      case 'wallet_switchEthereumChain': {
        const target = Number((p[0] as { chainId: Hex }).chainId);
        if (target === chain.id) return null;
        throw new ProviderRpcError(4902, `The dev wallet only works on ${chain.name} (chain ${chain.id}).`);
      }
      case 'wallet_addEthereumChain':
        throw new ProviderRpcError(4200, 'The dev wallet cannot add chains.');
      case 'eth_sendTransaction': {
        const tx = p[0] as TxParams;
        if (tx.from && tx.from.toLowerCase() !== account.address.toLowerCase()) {
          throw new ProviderRpcError(4100, `The dev wallet cannot sign for ${tx.from}.`);
        }
        return walletClient.sendTransaction({
          account,
          chain,
          to: tx.to,
          data: tx.data,
          value: tx.value ? hexToBigInt(tx.value) : undefined,
          gas: tx.gas ? hexToBigInt(tx.gas) : undefined,
          nonce: tx.nonce ? Number(tx.nonce) : undefined,
        });
      }
      case 'personal_sign':
        return account.signMessage({ message: { raw: p[0] as Hex } });
      case 'eth_signTypedData_v4': {
        const typed = typeof p[1] === 'string' ? JSON.parse(p[1]) : p[1];
        const { EIP712Domain: _omit, ...types } = typed.types ?? {};
        return account.signTypedData({
          domain: typed.domain,
          types,
          primaryType: typed.primaryType,
          message: typed.message,
        });
      }
      default:
        return publicClient.request({ method, params } as never);
    }
  }) as EIP1193RequestFn;

  return {
    request,
    on: (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
    },
    removeListener: (event, listener) => {
      listeners.get(event)?.delete(listener);
    },
  };
}
