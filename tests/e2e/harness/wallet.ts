// A stand-in for a browser wallet extension (MetaMask & co.), which cannot be installed in headless
// Chromium here: an EIP-1193 provider injected as `window.ethereum` and announced through EIP-6963.
// Every request goes to the Node side of the test (page.exposeFunction), which forwards it to anvil, where
// the dev accounts are unlocked: transactions and signatures are made by anvil for real, not mocked.
// The test controls the wallet: reject the next request with 4001 (user rejected), switch chain, switch account.
import type { Page } from 'playwright-core';
import type { Address } from 'viem';

/** Options of installInjectedWallet. */
export interface InjectedWalletOptions {
  /** The account the wallet holds (an anvil dev account, or any address: it is impersonated on anvil). */
  account: Address;
  /** The anvil JSON-RPC URL requests are forwarded to. */
  rpcUrl: string;
  /** The chain id the wallet reports (default 31337). */
  chainId?: number;
  /** Start already connected (eth_accounts returns the account without a connect click). Default false. */
  connected?: boolean;
  /** Wallet name shown by RainbowKit's EIP-6963 list (default "Levetrage Test Wallet"). */
  name?: string;
}

/** One request the page made, for assertions. */
export interface WalletRequest {
  method: string;
  params: unknown;
  outcome: 'ok' | 'rejected' | 'error';
}

/** Handles returned by installInjectedWallet. */
export interface InjectedWallet {
  /** Every request the page sent, in order. */
  readonly requests: WalletRequest[];
  /** The next request needing the user's approval (connect, send, sign, switch) fails with code 4001. */
  rejectNextRequest(): void;
  /** Switches the wallet's chain as if the user did it in the wallet; emits chainChanged. */
  switchChain(chainId: number): Promise<void>;
  /** Switches the active account; emits accountsChanged. */
  setAccount(account: Address): Promise<void>;
  /** Disconnects (eth_accounts returns []); emits accountsChanged([]). */
  disconnect(): Promise<void>;
  /** Current state. */
  state(): { account: Address; chainId: number; connected: boolean };
}

/** Methods that a real wallet asks the user to approve: these honour rejectNextRequest(). */
const USER_APPROVAL_METHODS = new Set([
  'eth_requestAccounts',
  'eth_sendTransaction',
  'personal_sign',
  'eth_sign',
  'eth_signTypedData',
  'eth_signTypedData_v3',
  'eth_signTypedData_v4',
  'wallet_switchEthereumChain',
  'wallet_addEthereumChain',
  'wallet_requestPermissions',
  'wallet_watchAsset',
]);

const ANVIL_CHAIN_ID = 31337;
let walletCounter = 0;

/** Runs in the page before any script: defines window.ethereum and answers EIP-6963 discovery. */
function pageScript(cfg: { binding: string; name: string; uuid: string }) {
  type Listener = (...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  const call = (window as unknown as Record<string, (json: string) => Promise<string>>)[cfg.binding];
  const provider = {
    isMetaMask: true,
    isLevetrageTestWallet: true,
    async request(args: { method: string; params?: unknown }) {
      if (!args || typeof args.method !== 'string') throw Object.assign(new Error('Invalid request'), { code: -32600 });
      const answer = JSON.parse(await call(JSON.stringify({ method: args.method, params: args.params ?? [] })));
      if (answer.error) {
        const err = new Error(answer.error.message) as Error & { code: number; data?: unknown };
        err.code = answer.error.code;
        if (answer.error.data !== undefined) err.data = answer.error.data;
        throw err;
      }
      return answer.result;
    },
    enable() {
      return provider.request({ method: 'eth_requestAccounts' });
    },
    on(event: string, fn: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(fn);
      return provider;
    },
    removeListener(event: string, fn: Listener) {
      listeners.get(event)?.delete(fn);
      return provider;
    },
    off(event: string, fn: Listener) {
      return provider.removeListener(event, fn);
    },
    isConnected: () => true,
    /** Called from the test side to emit wallet events. */
    __emit(event: string, payload: unknown) {
      for (const fn of listeners.get(event) ?? []) {
        try {
          fn(payload);
        } catch (e) {
          console.error(e);
        }
      }
    },
  };
  Object.defineProperty(window, 'ethereum', { value: provider, configurable: true, writable: true });
  const icon =
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%230f766e'/%3E%3Ctext x='16' y='22' font-size='16' text-anchor='middle' fill='white'%3EL%3C/text%3E%3C/svg%3E";
  const announce = () =>
    window.dispatchEvent(
      new CustomEvent('eip6963:announceProvider', {
        detail: Object.freeze({
          info: { uuid: cfg.uuid, name: cfg.name, icon, rdns: 'org.levetrage.testwallet' },
          provider,
        }),
      }),
    );
  window.addEventListener('eip6963:requestProvider', announce);
  announce();
}

/**
 * Injects the test wallet into `page` (call before page.goto). Works for every navigation of the page.
 * @example
 *   const wallet = await installInjectedWallet(page, { account: anvilAccounts.jane.address, rpcUrl: stack.rpcUrl });
 *   wallet.rejectNextRequest(); // the next "Confirm" in the UI sees a user rejection (code 4001)
 */
export async function installInjectedWallet(page: Page, options: InjectedWalletOptions): Promise<InjectedWallet> {
  let account = options.account;
  let chainId = options.chainId ?? ANVIL_CHAIN_ID;
  let connected = options.connected ?? false;
  let rejectNext = false;
  const requests: WalletRequest[] = [];
  const impersonated = new Set<string>();
  const binding = `__levetrageWallet${++walletCounter}`;

  const forward = async (method: string, params: unknown) => {
    const res = await fetch(options.rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    });
    return (await res.json()) as { result?: unknown; error?: { code: number; message: string; data?: unknown } };
  };

  const ensureUnlocked = async (address: string) => {
    const key = address.toLowerCase();
    if (impersonated.has(key)) return;
    const accounts = ((await forward('eth_accounts', [])).result as string[]) ?? [];
    if (!accounts.some((a) => a.toLowerCase() === key)) await forward('anvil_impersonateAccount', [address]);
    impersonated.add(key);
  };

  const emit = async (event: string, payload: unknown) => {
    if (page.isClosed()) return;
    await page
      .evaluate(
        ([e, p]) =>
          (window as unknown as { ethereum?: { __emit?: (e: string, p: unknown) => void } }).ethereum?.__emit?.(e, p),
        [event, payload] as const,
      )
      .catch(() => {});
  };

  const handle = async (
    method: string,
    params: unknown[],
  ): Promise<{ result?: unknown; error?: { code: number; message: string; data?: unknown } }> => {
    if (USER_APPROVAL_METHODS.has(method) && rejectNext) {
      rejectNext = false;
      return { error: { code: 4001, message: 'User rejected the request.' } };
    }
    const hexChain = `0x${chainId.toString(16)}`;
    switch (method) {
      case 'eth_chainId':
        return { result: hexChain };
      case 'net_version':
        return { result: String(chainId) };
      case 'eth_accounts':
        return { result: connected ? [account] : [] };
      case 'eth_requestAccounts':
        if (!connected) {
          connected = true;
          setTimeout(() => void emit('accountsChanged', [account]), 0);
        }
        return { result: [account] };
      case 'wallet_requestPermissions':
        connected = true;
        return {
          result: [
            { parentCapability: 'eth_accounts', caveats: [{ type: 'restrictReturnedAccounts', value: [account] }] },
          ],
        };
      case 'wallet_getPermissions':
        return {
          result: connected
            ? [{ parentCapability: 'eth_accounts', caveats: [{ type: 'restrictReturnedAccounts', value: [account] }] }]
            : [],
        };
      case 'wallet_revokePermissions':
        connected = false;
        return { result: null };
      case 'wallet_switchEthereumChain': {
        const wanted = Number(BigInt((params[0] as { chainId: string }).chainId));
        if (wanted !== ANVIL_CHAIN_ID)
          return {
            error: {
              code: 4902,
              message: `Unrecognized chain ID ${wanted}. Try adding the chain using wallet_addEthereumChain first.`,
            },
          };
        if (wanted !== chainId) {
          chainId = wanted;
          setTimeout(() => void emit('chainChanged', `0x${wanted.toString(16)}`), 0);
        }
        return { result: null };
      }
      case 'wallet_addEthereumChain':
        return { error: { code: 4200, message: 'The test wallet only knows the anvil chain (31337).' } };
      case 'wallet_watchAsset':
        return { result: true };
      case 'eth_sendTransaction': {
        if (!connected)
          return { error: { code: 4100, message: 'The requested account has not been authorized by the user.' } };
        if (chainId !== ANVIL_CHAIN_ID)
          return { error: { code: -32000, message: `Test wallet is on chain ${chainId}; only 31337 can send.` } };
        const tx = { ...(params[0] as Record<string, unknown>) };
        tx.from = tx.from ?? account;
        if (String(tx.from).toLowerCase() !== account.toLowerCase())
          return { error: { code: 4100, message: `from ${tx.from} is not the wallet's account ${account}` } };
        await ensureUnlocked(account);
        return forward('eth_sendTransaction', [tx]);
      }
      case 'personal_sign':
      case 'eth_sign':
      case 'eth_signTypedData_v4':
        if (!connected)
          return { error: { code: 4100, message: 'The requested account has not been authorized by the user.' } };
        return forward(method, params);
      default:
        return forward(method, params);
    }
  };

  await page.exposeFunction(binding, async (json: string) => {
    const { method, params } = JSON.parse(json) as { method: string; params: unknown[] };
    let answer;
    try {
      answer = await handle(method, Array.isArray(params) ? params : [params]);
    } catch (e) {
      answer = { error: { code: -32603, message: `Test wallet: ${(e as Error).message}` } };
    }
    requests.push({
      method,
      params,
      outcome: answer.error ? (answer.error.code === 4001 ? 'rejected' : 'error') : 'ok',
    });
    return JSON.stringify(answer);
  });
  await page.addInitScript(pageScript, {
    binding,
    name: options.name ?? 'Levetrage Test Wallet',
    uuid: `00000000-0000-4000-8000-${String(walletCounter).padStart(12, '0')}`,
  });

  return {
    requests,
    rejectNextRequest() {
      rejectNext = true;
    },
    async switchChain(id: number) {
      chainId = id;
      await emit('chainChanged', `0x${id.toString(16)}`);
    },
    async setAccount(next: Address) {
      account = next;
      await emit('accountsChanged', connected ? [next] : []);
    },
    async disconnect() {
      connected = false;
      await emit('accountsChanged', []);
    },
    state: () => ({ account, chainId, connected }),
  };
}

/**
 * Connects the injected test wallet through the app's Connect button unless already connected. The wallet code
 * loads on that click; a wallet that is already authorised may then reconnect by itself, with no dialog, so the
 * dialog's wallet option is clicked only when it appears.
 *
 * Connected means RainbowKit's account button is in the header. Counting "Connect wallet" buttons instead took
 * the loading state ("Loading wallet…"), the open dialog (which hides the page behind it) or RainbowKit's own
 * button before it has mounted for a connection.
 */
export async function connectInjectedWallet(page: Page, timeoutMs = 30_000): Promise<void> {
  const accountButton = page.locator('[data-testid="rk-account-button"]');
  const connectButton = page.getByRole('button', { name: /connect wallet/i }).first();
  const option = page.getByText(/Levetrage Test Wallet|Browser Wallet|Injected/).first();
  const deadline = Date.now() + timeoutMs;
  let asked = false;
  let chosen = false;
  await page.waitForTimeout(500); // a wallet connected before may still be reconnecting
  while (Date.now() < deadline) {
    if ((await accountButton.count()) > 0) return;
    if (!chosen && (await option.isVisible().catch(() => false))) {
      await option.click().catch(() => {}); // the dialog may close by itself when the wallet reconnects
      chosen = true;
    } else if (
      !asked &&
      (await connectButton.isVisible().catch(() => false)) &&
      (await connectButton.isEnabled({ timeout: 1000 }).catch(() => false))
    ) {
      await connectButton.click().catch(() => {});
      asked = true;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('connectInjectedWallet: the wallet did not connect (no account button in the header)');
}
