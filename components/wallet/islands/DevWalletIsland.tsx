'use client';

import { useState } from 'react';
import { useAccount, useBalance, useReadContract } from 'wagmi';
import { privateKeyToAccount } from 'viem/accounts';
import type { Hex } from 'viem';
import { nashTokenAbi } from '@/lib/contracts/abis.generated';
import { LOCAL_CHAIN_ID, localChain } from '@/lib/chains';
import { getDeployment } from '@/lib/contracts/deployments';
import { formatEth, formatNash, shortAddress } from '@/lib/format';
import {
  ACTABLE_DEV_ACCOUNTS,
  actAsDevAccount,
  currentIdentity,
  listBurnerKeys,
  newBurnerKey,
  selectBurner,
} from '../dev-wallet/burner-key';
import { fundDevWallet } from '../dev-wallet/fund-dev-wallet';
import { WalletScope } from '../wallet-runtime';

/** The key of a burner as a file a person can keep (and import into a real wallet for the local chain). */
function exportHref(key: Hex): string {
  const address = privateKeyToAccount(key).address;
  const text = `Levetrage dev wallet burner (local anvil chain only)\naddress: ${address}\nprivate key: ${key}\n`;
  return `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
}

function Panel() {
  const { address, connector } = useAccount();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [, setVersion] = useState(0);
  const nash = getDeployment(LOCAL_CHAIN_ID)?.nash;
  const eth = useBalance({ address, chainId: LOCAL_CHAIN_ID, query: { enabled: !!address } });
  const nashBalance = useReadContract({
    address: nash,
    abi: nashTokenAbi,
    functionName: 'balanceOf',
    args: address ? [address] : undefined,
    chainId: LOCAL_CHAIN_ID,
    query: { enabled: !!nash && !!address },
  });
  if (!address || !connector) return null;
  const who = currentIdentity();
  const burners = listBurnerKeys().map((key, i) => ({ key, i, address: privateKeyToAccount(key).address }));
  const selected = who.kind === 'dev' ? `dev:${who.role}` : `burner:${who.address}`;

  /** The connector re-reads the identity: tell wagmi the account changed. */
  const switched = async (text: string) => {
    const accounts = await connector.getAccounts();
    connector.onAccountsChanged?.(accounts as string[]);
    setVersion((v) => v + 1);
    setConfirming(false);
    setExporting(false);
    setMessage(text);
  };

  const choose = async (value: string) => {
    if (value.startsWith('dev:')) {
      const a = actAsDevAccount(value.slice(4));
      await switched(`Acting as ${a.label} (${shortAddress(a.address)}), an anvil dev account: anvil signs for it.`);
    } else {
      const b = burners.find((x) => `burner:${x.address}` === value);
      if (!b) return;
      selectBurner(b.key);
      await switched(`Back to burner ${b.i + 1} (${shortAddress(b.address)}).`);
    }
  };

  const fund = async () => {
    setBusy('fund');
    setMessage(null);
    try {
      const r = await fundDevWallet({ chain: localChain, address, nash });
      setMessage(
        `Funded: ${formatEth(r.ethBalance)}${r.nashBalance !== undefined ? `, ${formatNash(r.nashBalance)}` : ''}.`,
      );
      await Promise.all([eth.refetch(), nashBalance.refetch()]);
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const balance = eth.data ? formatEth(eth.data.value) : '… ETH';
  return (
    <div
      data-testid="dev-wallet-panel"
      data-address={address}
      className="flex flex-wrap items-center gap-2 rounded-md bg-slate-900 px-3 py-2 text-xs text-slate-100"
    >
      <span className="font-semibold text-amber-300">Dev wallet</span>
      <label className="flex items-center gap-1">
        <span className="sr-only">Dev wallet account</span>
        <select
          data-testid="dev-wallet-account"
          value={selected}
          onChange={(e) => void choose(e.target.value)}
          className="max-w-[16rem] rounded bg-slate-800 px-1 py-1 font-mono text-slate-100"
        >
          <optgroup label="Burners (this browser)">
            {burners.map((b) => (
              <option key={b.address} value={`burner:${b.address}`}>
                Burner {b.i + 1} · {shortAddress(b.address)}
              </option>
            ))}
          </optgroup>
          <optgroup label="Act as a dev account (README)">
            {ACTABLE_DEV_ACCOUNTS.map((a) => (
              <option key={a.role} value={`dev:${a.role}`}>
                {a.label} · {shortAddress(a.address)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <span className="font-mono" title={address} data-testid="dev-wallet-address">
        {shortAddress(address)}
      </span>
      <span data-testid="dev-wallet-eth">{balance}</span>
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
      {who.kind === 'burner' && (
        <button
          type="button"
          onClick={() => setExporting((x) => !x)}
          data-testid="dev-wallet-export-toggle"
          aria-expanded={exporting}
          className="rounded border border-slate-500 px-2 py-1"
        >
          Export key
        </button>
      )}
      <button
        type="button"
        onClick={() => setConfirming(true)}
        disabled={!!busy || confirming}
        data-testid="dev-wallet-new"
        className="rounded border border-slate-500 px-2 py-1"
      >
        New burner
      </button>
      {exporting && who.kind === 'burner' && (
        <div className="w-full rounded bg-slate-800 p-2" data-testid="dev-wallet-export">
          <label className="block">
            <span className="text-slate-300">
              Private key of {shortAddress(who.address)} (local chain only; anyone with it controls the account):
            </span>
            <input
              readOnly
              value={who.key}
              data-testid="dev-wallet-export-key"
              onFocus={(e) => e.currentTarget.select()}
              className="mt-1 w-full rounded bg-slate-950 px-2 py-1 font-mono text-slate-100"
            />
          </label>
          <a
            href={exportHref(who.key)}
            download={`levetrage-burner-${who.address}.txt`}
            className="mt-1 inline-block text-amber-300 underline"
          >
            Download the key as a file
          </a>
        </div>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="new-burner-title" className="w-full rounded bg-slate-800 p-2">
          <p id="new-burner-title" className="font-semibold">
            Start a new, empty burner?
          </p>
          <p className="mt-1 text-slate-300">
            {who.kind === 'burner'
              ? `The current burner ${shortAddress(who.address)} (${balance}) is kept: it stays in the account list and you can switch back to it. Export its key to keep it outside this browser too.`
              : 'Your burners stay in the account list.'}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              data-testid="dev-wallet-new-confirm"
              className="rounded bg-amber-400 px-2 py-1 font-semibold text-slate-900"
              onClick={() => {
                const key = newBurnerKey();
                void switched(
                  `New empty burner ${shortAddress(privateKeyToAccount(key).address)}. Fund it to start; the earlier ones stay in the list.`,
                );
              }}
            >
              Start a new burner
            </button>
            {who.kind === 'burner' && (
              <button
                type="button"
                className="rounded border border-slate-500 px-2 py-1"
                onClick={() => setExporting(true)}
              >
                Export the current key first
              </button>
            )}
            <button
              type="button"
              className="rounded border border-slate-500 px-2 py-1"
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && (
        <span role="status" className="w-full text-slate-300" data-testid="dev-wallet-message">
          {message}
        </span>
      )}
    </div>
  );
}

/** The dev wallet's panel (loaded with the wallet code once the dev wallet is connected). */
export default function DevWalletIsland() {
  return (
    <WalletScope>
      <Panel />
    </WalletScope>
  );
}
