'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { ConnectControl } from './ConnectControl';
import { DevWalletPanel } from './DevWalletPanel';
import { NetworkBanner } from './NetworkBanner';

const NAV = [
  { href: '/create', label: 'Create a threat' },
  { href: '/me', label: 'My threats' },
  { href: '/provider', label: 'Provider desk' },
  { href: '/oracle', label: 'Oracle desk' },
] as const;

/**
 * Header of the wallet routes: nav, connect button, dev-wallet controls and the wrong-network banner.
 * Light: the wallet code (wagmi, RainbowKit) loads only on "Connect" or for a wallet connected before.
 */
export function WalletHeader() {
  const pathname = usePathname();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900">
          Levetrage
        </Link>
        <nav
          aria-label="Main"
          className="order-last flex w-full flex-wrap gap-x-4 gap-y-1 text-sm sm:order-none sm:w-auto sm:flex-1"
        >
          {NAV.map((n) => (
            <Link
              key={n.href}
              href={n.href}
              prefetch={false}
              aria-current={pathname?.startsWith(n.href) ? 'page' : undefined}
              className={
                pathname?.startsWith(n.href)
                  ? 'font-semibold text-slate-900 underline'
                  : 'text-slate-600 hover:text-slate-900'
              }
            >
              {n.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto">
          <ConnectControl />
        </div>
      </div>
      <div className="mx-auto max-w-5xl px-4 pb-2">
        <DevWalletPanel />
      </div>
      <NetworkBanner />
    </header>
  );
}
