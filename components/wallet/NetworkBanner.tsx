'use client';

import { useState } from 'react';
import { deployedChains } from '@/lib/chains';
import { useAppChain } from './use-app-chain';
import { loadWallet } from './wallet-store';

/**
 * Shown when the connected wallet is on a network where Levetrage is not deployed:
 * says so plainly and offers a one-click switch to each network where it is.
 */
export function NetworkBanner() {
  const { wrongNetwork, walletChainId } = useAppChain();
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!wrongNetwork) return null;
  const targets = deployedChains();
  return (
    <div
      role="alert"
      data-testid="network-banner"
      className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3">
        <p className="font-medium">
          Wrong network: your wallet is on network {walletChainId}, where Levetrage is not available.
        </p>
        {targets.map((c) => (
          <button
            key={c.id}
            type="button"
            disabled={isPending}
            onClick={async () => {
              setError(null);
              setPending(true);
              try {
                await (await loadWallet()).switchChain(c.id);
              } catch (e) {
                // the error decoder (every contract's error ABI) loads only when a switch fails
                const { decodeError } = await import('@/lib/errors/decode-error');
                setError(decodeError(e).message);
              } finally {
                setPending(false);
              }
            }}
            className="rounded-md bg-amber-600 px-3 py-1.5 font-semibold text-white hover:bg-amber-700 disabled:opacity-60"
          >
            {isPending ? 'Switching…' : `Switch to ${c.name}`}
          </button>
        ))}
        {error && <p className="w-full text-red-800">{error}</p>}
      </div>
    </div>
  );
}
