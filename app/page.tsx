import Link from 'next/link';
import { deployedChains, getChain, getServerClient } from '@/lib/chains';
import { getDeployment } from '@/lib/contracts/deployments';
import { formatDate, formatDuration, formatEth, formatPpb, shortAddress } from '@/lib/format';
import { StatusPill } from '@/components/threat/StatusPill';
import { KIND_LABELS, listThreats, type ThreatSummary } from '@/lib/threats';

// Read the chain on every request: the list changes with every block.
export const dynamic = 'force-dynamic';

const NAV = [
  { href: '/create', label: 'Create a threat', explain: 'Stake ETH behind a demand (wallet).' },
  { href: '/calculator', label: 'Calculator', explain: 'Bargaining math: what a threat is worth.' },
  { href: '/provider', label: 'Provider desk', explain: 'Law and PR firms: authentic escalations.' },
  { href: '/oracle', label: 'Oracle desk', explain: 'Terminators: mark demands fulfilled.' },
  { href: '/me', label: 'My threats', explain: 'What you made, your NASH and dividends.' },
] as const;

type ChainThreats =
  | { chainId: number; name: string; ok: true; threats: ThreatSummary[] }
  | { chainId: number; name: string; ok: false; message: string };

/** Reads the threats of one deployed chain; a chain that is down gives a message, never a crash. */
async function loadChain(chainId: number): Promise<ChainThreats | null> {
  const chain = getChain(chainId);
  const deployment = getDeployment(chainId);
  if (!chain || !deployment) return null;
  try {
    const threats = await listThreats(getServerClient(chainId), deployment);
    return { chainId, name: chain.name, ok: true, threats };
  } catch (e) {
    const rpc = chain.rpcUrls.default.http[0];
    const detail = (e as { shortMessage?: string; message?: string }).shortMessage ?? (e as Error).message ?? String(e);
    const message =
      chainId === 31337
        ? `The local chain is not reachable at ${rpc}. Start it with \`npm run dev\` (it starts anvil, deploys and seeds the demo).`
        : `Could not read ${chain.name} at ${rpc}: ${detail.split('\n')[0]}`;
    return { chainId, name: chain.name, ok: false, message };
  }
}

function excerpt(text: string, max = 180): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

function ThreatRow({ t }: { t: ThreatSummary }) {
  return (
    <li
      data-testid="threat-row"
      data-threat-id={t.id.toString()}
      data-status={t.status}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Link
          href={`/t/${t.chainId}/${t.id}`}
          className="font-semibold text-slate-900 underline-offset-2 hover:underline"
        >
          Threat #{t.id.toString()}
        </Link>
        <StatusPill status={t.status} size="sm" />
        <span className="text-slate-600">{KIND_LABELS[t.kind].label}</span>
        <span className="ml-auto font-mono text-slate-900">{formatEth(t.stake)}</span>
      </div>
      <p className="mt-2 text-sm text-slate-700">{excerpt(t.terms)}</p>
      <p className="mt-1 text-xs text-slate-500">
        Maker {shortAddress(t.maker)} · deadline {formatDate(t.deadline)}
        {t.odds
          ? ` · ${formatPpb(t.odds.pEscalate)} escalation chance every ${formatDuration(t.odds.period)} · ${t.settledPeriods} draw${t.settledPeriods === 1 ? '' : 's'} settled`
          : ''}
      </p>
    </li>
  );
}

/** Home: what Levetrage is, where to go, and the threats on each deployed chain, read from the chain. */
export default async function Home() {
  const chains = (await Promise.all(deployedChains().map((c) => loadChain(c.id)))).filter(
    (c): c is ChainThreats => c !== null,
  );
  return (
    <main className="mx-auto max-w-3xl p-4 sm:p-6">
      <h1 className="text-3xl font-bold">Levetrage</h1>
      <p className="mt-2 text-slate-700">
        Credible threats on Ethereum. Stake ETH behind a demand: unless an oracle marks it fulfilled, the stake is
        irrevocably paid to a law or PR firm that acts on receipt — for sure (a commitment) or with probability p each
        period, by a verifiable draw (a probabilistic threat).
      </p>
      <p className="mt-4 flex flex-wrap items-center gap-3">
        <Link
          href="/create"
          data-testid="home-cta"
          className="rounded-md bg-indigo-700 px-5 py-2.5 text-lg font-semibold text-white shadow-sm hover:bg-indigo-800"
        >
          Create a threat
        </Link>
        <span className="text-sm text-slate-600">Step by step, with the math shown; a wallet only at the end.</span>
      </p>

      <nav aria-label="Main" className="mt-6 grid gap-3 sm:grid-cols-2">
        {NAV.map((n) => (
          <Link
            key={n.href}
            href={n.href}
            prefetch={false}
            className="rounded-lg border border-slate-200 bg-white p-3 hover:border-slate-400"
          >
            <span className="font-medium text-slate-900">{n.label}</span>
            <span className="block text-sm text-slate-600">{n.explain}</span>
          </Link>
        ))}
      </nav>

      {chains.length === 0 && (
        <p role="status" className="mt-8 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
          No deployment is recorded for any configured chain. Run <code>npm run dev</code> for a local chain.
        </p>
      )}

      {chains.map((c) => (
        <section key={c.chainId} aria-labelledby={`threats-${c.chainId}`} className="mt-8">
          <h2 id={`threats-${c.chainId}`} className="text-xl font-semibold">
            Threats on {c.name}
          </h2>
          {!c.ok ? (
            <p
              role="alert"
              data-testid="chain-error"
              className="mt-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900"
            >
              {c.message}
            </p>
          ) : c.threats.length === 0 ? (
            <p className="mt-3 text-slate-600">
              No threats yet.{' '}
              <Link href="/create" prefetch={false} className="underline">
                Create the first one
              </Link>
              .
            </p>
          ) : (
            <ul className="mt-3 space-y-3" data-testid="threat-list">
              {c.threats.map((t) => (
                <ThreatRow key={t.id.toString()} t={t} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </main>
  );
}
