'use client';

import { useState } from 'react';
import { useAccount, useBalance, useConnect, useReadContract } from 'wagmi';
import { useQueryClient } from '@tanstack/react-query';
import { nashTokenAbi } from '@/lib/contracts/abis.generated';
import { LOCAL_CHAIN_ID, localChain } from '@/lib/chains';
import { getDeployment } from '@/lib/contracts/deployments';
import { DEV_WALLET_ID } from './dev-wallet/dev-wallet-connector';
import { fundDevWallet } from './dev-wallet/fund-dev-wallet';
import { replaceBurnerKey } from './dev-wallet/burner-key';
import { devWalletEnabled } from './wagmi-config';
import { formatEth, formatNash, shortAddress } from '@/lib/format';

/**
 * The built-in dev wallet's controls (local chain only): connect it in one click when no wallet is
 * connected; once connected, show its balances, fund it from an anvil account, or start a new burner.
 */
export function DevWalletPanel() {
  const { address, connector, isConnected } = useAccount();
  const { connectors, connectAsync } = useConnect();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const nash = getDeployment(LOCAL_CHAIN_ID)?.nash;
  const isDev = connector?.id === DEV_WALLET_ID;
  const eth = useBalance({ address, chainId: LOCAL_CHAIN_ID, query: { enabled: isDev } });
  const nashBalance = useReadContract({
    address: nash,
    abi: nashTokenAbi,
    functionName: 'balanceOf',
    args: address ? [address] : undefined,
    chainId: LOCAL_CHAIN_ID,
    query: { enabled: isDev && !!nash && !!address },
  });

  if (!devWalletEnabled()) return null;
  const devConnector = connectors.find((c) => c.id === DEV_WALLET_ID);

  if (!isConnected) {
    if (!devConnector) return null;
    return (
      <div className="text-xs text-slate-600">
        No wallet extension?{' '}
        <button
          type="button"
          data-testid="dev-wallet-connect"
          className="font-semibold text-slate-900 underline"
          onClick={async () => {
            setMessage(null);
            try {
              await connectAsync({ connector: devConnector, chainId: LOCAL_CHAIN_ID });
            } catch (e) {
              setMessage((e as Error).message.split('\n')[0]);
            }
          }}
        >
          Use the built-in dev wallet
        </button>{' '}
        (local chain only).
        {message && <span className="ml-2 text-red-700">{message}</span>}
      </div>
    );
  }
  if (!isDev || !address) return null;

  const fund = async () => {
    setBusy('fund');
    setMessage(null);
    try {
      const r = await fundDevWallet({ chain: localChain, address, nash });
      setMessage(
        `Funded: ${formatEth(r.ethBalance)}${r.nashBalance !== undefined ? `, ${formatNash(r.nashBalance)}` : ''}.`,
      );
      await queryClient.invalidateQueries();
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const fresh = async () => {
    setBusy('new');
    setMessage(null);
    replaceBurnerKey();
    const [next] = await connector!.getAccounts();
    connector!.onAccountsChanged([next]);
    setMessage('New empty burner account. Fund it to start.');
    setBusy(null);
  };

  return (
    <div
      data-testid="dev-wallet-panel"
      className="flex flex-wrap items-center gap-2 rounded-md bg-slate-900 px-3 py-2 text-xs text-slate-100"
    >
      <span className="font-semibold text-amber-300">Dev wallet</span>
      <span className="font-mono" title={address}>
        {shortAddress(address)}
      </span>
      <span data-testid="dev-wallet-eth">{eth.data ? formatEth(eth.data.value) : '… ETH'}</span>
      <span data-testid="dev-wallet-nash">
        {nashBalance.data !== undefined ? formatNash(nashBalance.data, { maxDecimals: 2 }) : '… NASH'}
      </span>
      <button
        type="button"
        onClick={fund}
        disabled={!!busy}
        data-testid="dev-wallet-fund"
        className="rounded bg-amber-400 px-2 py-1 font-semibold text-slate-900 disabled:opacity-60"
      >
        {busy === 'fund' ? 'Funding…' : 'Fund: 100 ETH + 1,000 NASH'}
      </button>
      <button type="button" onClick={fresh} disabled={!!busy} className="rounded border border-slate-500 px-2 py-1">
        New burner
      </button>
      {message && (
        <span role="status" className="w-full text-slate-300">
          {message}
        </span>
      )}
    </div>
  );
}
