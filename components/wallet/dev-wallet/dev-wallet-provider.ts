import {
  createPublicClient,
  createWalletClient,
  hexToBigInt,
  http,
  numberToHex,
  type Chain,
  type EIP1193RequestFn,
  type Address,
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

/** An anvil dev account: anvil holds its key and signs for it (`eth_sendTransaction`, `eth_signTypedData_v4`). */
export interface UnlockedAccount {
  address: Address;
  type: 'unlocked';
}

/**
 * The dev wallet's EIP-1193 provider: accounts, chain id and signatures come from `account`;
 * everything else (calls, estimates, receipts, logs) is forwarded to `chain`'s RPC.
 * Only one chain: switching to another answers 4902 (unknown chain), as wallets do.
 * @param account The burner account (viem `privateKeyToAccount`), or an anvil dev account that anvil
 *   signs for (acting as the oracle, a provider or the adversary of the demo data).
 * @param chain The local anvil chain.
 */
export function createDevWalletProvider(account: LocalAccount | UnlockedAccount, chain: Chain): DevWalletProvider {
  const rpcUrl = chain.rpcUrls.default.http[0];
  const transport = http(rpcUrl, { retryCount: 0 });
  const publicClient = createPublicClient({ chain, transport });
  const walletClient = account.type === 'unlocked' ? null : createWalletClient({ account, chain, transport });
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
        if (account.type === 'unlocked')
          return publicClient.request({
            method: 'eth_sendTransaction',
            params: [{ ...tx, from: account.address }],
          } as never);
        return walletClient!.sendTransaction({
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
        if (account.type === 'unlocked')
          return publicClient.request({ method: 'personal_sign', params: [p[0], account.address] } as never);
        return account.signMessage({ message: { raw: p[0] as Hex } });
      case 'eth_signTypedData_v4': {
        if (account.type === 'unlocked')
          return publicClient.request({
            method: 'eth_signTypedData_v4',
            params: [account.address, typeof p[1] === 'string' ? p[1] : JSON.stringify(p[1])],
          } as never);
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
