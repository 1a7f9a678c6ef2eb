'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { useAccount } from '@/components/wallet/wallet-store';
import type { Address } from 'viem';
import { useAppChain } from '@/components/wallet/use-app-chain';
import { deskHref } from './desk-query';

/** Props of `<DeskAddressBar />`. */
export interface DeskAddressBarProps {
  /** The desk's path, e.g. "/provider". */
  path: string;
  /** The address in the URL, if any. */
  address?: Address;
  chainId: number;
  /** What to call the address ("provider", "oracle", "maker"). */
  role: string;
  /** What was wrong with the typed query. */
  error?: string;
}

/**
 * Which address a desk shows: typed in the URL (works without a wallet or JavaScript: a GET form),
 * or the connected wallet's — when a wallet is connected and nothing was typed, the URL follows it.
 */
export function DeskAddressBar({ path, address, chainId, role, error }: DeskAddressBarProps) {
  const router = useRouter();
  const { address: connected } = useAccount();
  const app = useAppChain();

  useEffect(() => {
    if (!connected || address || error) return;
    router.replace(deskHref(path, connected, app.wrongNetwork ? chainId : app.chainId));
  }, [connected, address, error, path, router, app.chainId, app.wrongNetwork, chainId]);

  useEffect(() => {
    // The wallet moved to another deployed network: follow it.
    if (!address || !connected || app.wrongNetwork || app.chainId === chainId) return;
    if (connected.toLowerCase() !== address.toLowerCase()) return;
    router.replace(deskHref(path, address, app.chainId));
  }, [app.chainId, app.wrongNetwork, chainId, address, connected, path, router]);

  return (
    <div className="mb-6 space-y-2">
      <form method="get" action={path} className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col text-sm">
          <span className="font-medium text-slate-700">{`The ${role}'s address`}</span>
          <input
            name="address"
            defaultValue={address ?? ''}
            key={address ?? ''}
            placeholder="0x…"
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'desk-query-error' : undefined}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
          />
        </label>
        {chainId !== undefined && <input type="hidden" name="chain" value={chainId} />}
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white">
          Show
        </button>
        {connected && address && connected.toLowerCase() !== address.toLowerCase() && (
          <button
            type="button"
            onClick={() => router.push(deskHref(path, connected, chainId))}
            className="rounded-md border border-slate-300 px-3 py-2 text-sm"
          >
            Show my wallet
          </button>
        )}
      </form>
      {address && !error && (
        <a
          href={`/notify?address=${address}&role=${role}`}
          className="text-sm text-indigo-700 underline underline-offset-2"
        >
          {`Get notified about this ${role} (e-mail, webhook, feed)`}
        </a>
      )}
      {error && (
        <p id="desk-query-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
