import type { ReactNode } from 'react';
import { decodeError } from '@/lib/errors/decode-error';
import { readSource } from '@/lib/indexer';
import { ReadSourceBanner } from '@/components/ledger/ReadSourceBanner';
import { DeskAddressBar } from './DeskAddressBar';
import type { DeskQuery } from './desk-query';
import { RetryButton } from './RetryButton';

/** Props of `<DeskShell />`. */
export interface DeskShellProps {
  title: string;
  intro: ReactNode;
  path: string;
  role: string;
  query: DeskQuery;
  /** Renders the desk for a valid address and deployment (a server component, may read the chain). */
  children: ReactNode;
}

/**
 * Common frame of the three desks: heading, address bar, the states before there is data, and where the lists are
 * read from (the indexer, or a banner saying the desk reads the chain because the indexer is down or behind).
 */
export async function DeskShell({ title, intro, path, role, query, children }: DeskShellProps) {
  const source = query.deployment && query.address ? await readSource({ chainId: query.chainId }) : null;
  return (
    <main>
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <div className="mt-1 mb-4 max-w-3xl text-sm text-slate-700">{intro}</div>
      <DeskAddressBar path={path} address={query.address} chainId={query.chainId} role={role} error={query.error} />
      {!query.deployment ? (
        <p role="alert" className="text-sm text-red-700">
          Levetrage is not deployed on network {query.chainId}. Run <code>npm run dev</code> for the local chain, or
          deploy it there.
        </p>
      ) : !query.address ? (
        <p className="text-sm text-slate-600" data-testid="desk-empty">
          Connect your wallet (top right), or type an address above, to see its desk.
        </p>
      ) : (
        <>
          {source && <ReadSourceBanner source={source} fallback="This desk reads the chain directly instead" />}
          {children}
        </>
      )}
    </main>
  );
}

/** A chain read failed: say so in words (never a stack trace), with a way to try again. */
export function DeskReadError({ error }: { error: unknown }) {
  const unreachable = (error as Error | undefined)?.name === 'ChainUnreachableError';
  const d = unreachable
    ? { title: 'The chain is not reachable', message: (error as Error).message }
    : decodeError(error);
  return (
    <div
      role="alert"
      data-testid="desk-read-error"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
    >
      <p className="font-semibold">Could not read the chain: {d.title.toLowerCase()}</p>
      <p>{d.message}</p>
      <RetryButton />
    </div>
  );
}
