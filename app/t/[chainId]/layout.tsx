// Plain <a> links: next/link would prefetch the home page on every threat page view (bytes a phone does not need).
import { notFound } from 'next/navigation';
import { chainFromSegment } from '../known-chains';

/**
 * Threat pages of one chain, under a slim bar naming the chain. An unknown chain id gives the
 * "unknown chain" 404 (app/t/not-found.tsx).
 */
export default async function ChainLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ chainId: string }>;
}) {
  const { chainId } = await params;
  const chain = chainFromSegment(chainId);
  if (!chain) notFound();
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-2xl items-center justify-between px-3 py-2 text-sm sm:px-6">
          <a href="/" className="font-bold text-indigo-800">
            Levetrage
          </a>
          <span className="text-slate-600" data-testid="chain-name">
            {chain.name} · chain {chain.id}
          </span>
        </div>
      </header>
      {children}
    </>
  );
}
