import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ThreatPage } from '@/components/threat/ThreatPage';
import { formatEth, formatPpb, periodPhrase } from '@/lib/format';
import { STATUS_LABELS } from '@/lib/threats/labels';
import { loadThreat } from './load';
import { getServerClient } from '@/lib/server-client';
import { getDeployment } from '@/lib/contracts/deployments';
import { readResolutionView } from '@/lib/resolvers/read';
import { loadHands } from '@/components/funding/load-hands';

/** Always read the chain at request time: a threat's status and draws change. */
export const dynamic = 'force-dynamic';

type Params = Promise<{ chainId: string; id: string }>;

/** Title and description for link previews: the status, stake, odds and the start of the demand. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { chainId, id } = await params;
  const load = await loadThreat(chainId, id);
  if (load.kind !== 'ok')
    return { title: load.kind === 'unreachable' ? `Threat #${id}` : 'Threat not found', robots: { index: false } };
  const t = load.threat;
  const odds = t.odds ? `, ${formatPpb(t.odds.pEscalate)} chance of escalation per ${periodPhrase(t.odds.period)}` : '';
  const terms = t.terms.length > 140 ? `${t.terms.slice(0, 139)}…` : t.terms;
  const title = `Threat #${t.id} · ${STATUS_LABELS[t.status].label} · ${formatEth(t.stake)} staked`;
  return {
    title,
    description: `${terms} — ${formatEth(t.stake)} staked${odds}. See the demand, the odds and how to comply.`,
    openGraph: { title, description: terms, type: 'article' },
    twitter: { card: 'summary_large_image', title, description: terms },
  };
}

/** The public threat page, for the adversary: server-rendered from the chain, no wallet needed. */
export default async function Page({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ chainId, id }, query] = await Promise.all([params, searchParams]);
  const load = await loadThreat(chainId, id);
  if (load.kind === 'unknown-chain' || load.kind === 'unknown-id') notFound();
  if (load.kind === 'unreachable') {
    return (
      <main className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="text-2xl font-bold">Could not read the chain</h1>
        <p className="mt-2 text-slate-700" data-testid="rpc-error">
          {load.chain.name} did not answer ({load.message}). The threat itself is unaffected; reload in a moment.
        </p>
      </main>
    );
  }
  const deployment = getDeployment(load.chain.id);
  const resolution = deployment
    ? await readResolutionView(getServerClient(load.chain.id), deployment, load.threat)
    : undefined;
  return (
    <ThreatPage
      threat={load.threat}
      resolution={resolution}
      chainName={load.chain.name}
      explorer={load.chain.explorer}
      lossParam={query.loss}
      unitParam={query.unit}
      price={load.price}
      hands={await loadHands(load.threat)}
    />
  );
}
