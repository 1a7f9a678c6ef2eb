import type { Metadata } from 'next';
import Link from 'next/link';
import { getAddress, isAddress } from 'viem';
import { getServerClient } from '@/lib/server-client';
import { formatDuration, formatEth, formatInteger, formatPercent } from '@/lib/format';
import {
  getTrackRecord,
  readSource,
  threatRowToSummary,
  threatsByRole,
  type Distribution,
  type ThreatRole,
  type TrackRecord,
} from '@/lib/indexer';
import { listThreats, type ThreatSummary } from '@/lib/threats';
import { chainNow, withinDeadline } from '@/components/desks/load-desks';
import { chainRecord, type ChainRecord } from '@/components/ledger/chain-record';
import { pageChain } from '@/components/ledger/ledger-chain';
import { LedgerTable } from '@/components/ledger/LedgerTable';
import { ReadSourceBanner } from '@/components/ledger/ReadSourceBanner';
import { RecordFacts } from '@/components/ledger/RecordFacts';

export const dynamic = 'force-dynamic';

type Params = Record<string, string | string[] | undefined>;

export async function generateMetadata({ params }: { params: Promise<{ address: string }> }): Promise<Metadata> {
  const { address } = await params;
  return { title: `Track record of ${address.slice(0, 10)}…` };
}

const RECENT = 10;
const rate = (v: number | null) => (v === null ? '—' : formatPercent(v, { maxDecimals: 1 }));
const seconds = (d: Distribution) =>
  d.n === 0 || d.median === null
    ? '—'
    : `${formatDuration(d.median)} median (p90 ${d.p90 === null ? '—' : formatDuration(d.p90)}, n=${d.n})`;

type Loaded =
  | { kind: 'indexer'; record: TrackRecord; recent: Record<'resolver' | 'provider' | 'maker', ThreatSummary[]> }
  | { kind: 'chain'; record: ChainRecord; recent: Record<'resolver' | 'provider' | 'maker', ThreatSummary[]> }
  | { kind: 'error'; message: string };

/**
 * /a/0x…: the track record of an address, as an oracle (threats judged, fulfilments, time from claim to decision,
 * silent timeouts, disputes lost), a provider (engagements, escalations received and acted on, how fast) and a maker
 * (threats made and their outcomes), with its latest threats in each role. Read from the indexer; without one, the
 * counts are rebuilt from the chain.
 */
export default async function TrackRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ address: string }>;
  searchParams: Promise<Params>;
}) {
  const { address: raw } = await params;
  const chain = pageChain(await searchParams);
  const text = decodeURIComponent(raw).trim();
  if (!isAddress(text, { strict: false })) {
    return (
      <main className="mx-auto max-w-4xl p-4 sm:p-6">
        <h1 className="text-2xl font-bold">Track record</h1>
        <p
          role="alert"
          data-testid="record-bad-address"
          className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          “{text.slice(0, 60)}” is not an Ethereum address: it must be 0x followed by 40 hexadecimal characters. Find
          providers and oracles in the{' '}
          <Link href="/directory" className="underline">
            directory
          </Link>
          .
        </p>
      </main>
    );
  }
  const address = getAddress(text);
  const source = await readSource({ chainId: chain.chainId });
  let loaded: Loaded;
  if (!chain.deployment)
    loaded = { kind: 'error', message: chain.error ?? `Levetrage is not deployed on network ${chain.chainId}.` };
  else if (source.kind === 'indexer') {
    try {
      const role = (r: ThreatRole) =>
        threatsByRole(source.client, { role: r, address, limit: RECENT, sort: 'created', order: 'desc' });
      const [record, resolver, provider, maker] = await Promise.all([
        getTrackRecord(source.client, { address }),
        role('resolver'),
        role('provider'),
        role('maker'),
      ]);
      const sum = (p: typeof resolver) => p.items.map((t) => threatRowToSummary(t, chain.chainId));
      loaded = {
        kind: 'indexer',
        record,
        recent: { resolver: sum(resolver), provider: sum(provider), maker: sum(maker) },
      };
    } catch (e) {
      loaded = { kind: 'error', message: `The indexer could not answer: ${(e as Error).message}` };
    }
  } else {
    try {
      await chainNow(chain.chainId);
      const all = await withinDeadline('the threats', listThreats(getServerClient(chain.chainId), chain.deployment));
      const a = address.toLowerCase();
      const newest = (f: (t: ThreatSummary) => boolean) =>
        all
          .filter(f)
          .sort((x, y) => Number(y.id - x.id))
          .slice(0, RECENT);
      loaded = {
        kind: 'chain',
        record: chainRecord(all, a),
        recent: {
          resolver: newest((t) => t.resolver.toLowerCase() === a),
          provider: newest((t) => t.provider.toLowerCase() === a),
          maker: newest((t) => t.maker.toLowerCase() === a || t.beneficiary.toLowerCase() === a),
        },
      };
    } catch (e) {
      loaded = { kind: 'error', message: (e as Error).message };
    }
  }
  const ledger = (key: string) => `/ledger?${key}=${address.toLowerCase()}`;
  const unknown =
    (loaded.kind === 'indexer' && loaded.record.account === null) ||
    (loaded.kind === 'chain' &&
      loaded.record.asOracle.threats + loaded.record.asProvider.threats + loaded.record.asMaker.threats === 0);
  return (
    <main className="mx-auto max-w-5xl p-4 sm:p-6">
      <h1 className="text-2xl font-bold">Track record</h1>
      <p className="mt-1 break-all font-mono text-sm text-slate-800" data-testid="record-address">
        {address}
      </p>
      <p className="mt-2 text-sm text-slate-700">
        What this address did on Levetrage as an oracle, a provider and a maker, from every recorded event. Compare it
        with others in the{' '}
        <Link href="/directory" className="underline">
          directory
        </Link>
        .
      </p>
      <div className="mt-4">
        <ReadSourceBanner
          source={source}
          fallback="Counts below are rebuilt from the chain; times to decide and to act need the indexer"
        />
      </div>
      {loaded.kind === 'error' ? (
        <p
          role="alert"
          data-testid="record-error"
          className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {loaded.message}
        </p>
      ) : unknown ? (
        <p
          className="mt-4 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm text-slate-700"
          data-testid="record-empty"
        >
          This address has no record yet: it never made, judged or received a threat, nor signed an engagement. A new
          provider or oracle starts here.
        </p>
      ) : loaded.kind === 'indexer' ? (
        <IndexedRecord record={loaded.record} />
      ) : (
        <ChainCounts record={loaded.record} />
      )}
      {loaded.kind !== 'error' && !unknown && (
        <>
          {(['resolver', 'provider', 'maker'] as const).map((role) =>
            loaded.recent[role].length === 0 ? null : (
              <section key={role} aria-labelledby={`recent-${role}-h`} className="mt-8">
                <h2 id={`recent-${role}-h`} className="text-lg font-semibold">
                  Latest threats{' '}
                  {role === 'resolver' ? 'it judges' : role === 'provider' ? 'naming it as provider' : 'it made'}
                </h2>
                <div className="mt-2">
                  <LedgerTable threats={loaded.recent[role]} />
                </div>
                <Link href={ledger(role)} className="mt-2 inline-block text-sm underline">
                  All of them in the ledger
                </Link>
              </section>
            ),
          )}
        </>
      )}
    </main>
  );
}

function IndexedRecord({ record: r }: { record: TrackRecord }) {
  const o = r.asOracle;
  const p = r.asProvider;
  const m = r.asMaker;
  return (
    <div className="mt-4 grid gap-4 md:grid-cols-3">
      <RecordFacts
        id="oracle"
        title="As an oracle"
        intro={o.kind && o.kind !== 'account' ? `A ${o.kind} resolver contract.` : 'Decides whether demands were met.'}
        facts={[
          ['Threats judged', formatInteger(o.threatsJudged)],
          ['Ended', formatInteger(o.ended)],
          ['Fulfilments', `${formatInteger(o.fulfilments)} (${rate(o.fulfilmentRate)})`],
          ['Claim to decision', seconds(o.decisionTime)],
          ['Timed out while silent', formatInteger(o.silentTimeouts)],
          ['Disputes lost (holds ended unfulfilled)', formatInteger(o.disputesLost)],
          ['Promises recorded broken', formatInteger(o.promisesBroken)],
        ]}
      />
      <RecordFacts
        id="provider"
        title="As a provider"
        intro="Receives escalations and acts on them."
        facts={[
          ['Engagements signed', formatInteger(p.engagements)],
          ['Accepted on chain', formatInteger(p.engagementsAccepted)],
          ['Revoked', formatInteger(p.revocations)],
          ['Threats naming it', formatInteger(p.threats)],
          ['Escalations received', `${formatInteger(p.escalationsReceived)} (${formatEth(p.escalatedAmount)})`],
          ['Recorded acting on', `${formatInteger(p.escalationsActedOn)} (${rate(p.actedRate)})`],
          ['Time to act', seconds(p.timeToAct)],
        ]}
      />
      <RecordFacts
        id="maker"
        title="As a maker"
        intro="Threats it made, and how they ended."
        facts={[
          ['Threats made', `${formatInteger(m.threats)} (${formatEth(m.stake)} staked)`],
          ...outcomes(m),
          ...(r.asBeneficiary.threats
            ? ([
                [
                  'Beneficiary of',
                  `${r.asBeneficiary.threats} (${formatEth(r.asBeneficiary.refundsReceived)} refunded)`,
                ],
              ] as [string, string][])
            : []),
          ...(r.asFunder.threats
            ? ([['Backed or pledged', `${r.asFunder.threats} threats (${formatEth(r.asFunder.amount)})`]] as [
                string,
                string,
              ][])
            : []),
        ]}
      />
    </div>
  );
}

/** How a maker's threats stand, the same rows from the indexer's record and from the chain's counts. */
const OUTCOMES = [
  ['Open', 'open'],
  ['Fulfilled', 'fulfilled'],
  ['Escalated', 'escalated'],
  ['Refunded', 'refunded'],
  ['Forfeited', 'forfeited'],
  ['Cancelled', 'cancelled'],
] as const;
const outcomes = (m: Record<(typeof OUTCOMES)[number][1], number>): [string, string][] =>
  OUTCOMES.map(([label, key]) => [label, formatInteger(m[key])]);

function ChainCounts({ record: r }: { record: ChainRecord }) {
  return (
    <div className="mt-4 grid gap-4 md:grid-cols-3">
      <RecordFacts
        id="oracle"
        title="As an oracle"
        facts={[
          ['Threats judged', formatInteger(r.asOracle.threats)],
          ['Ended', formatInteger(r.asOracle.ended)],
          ['Fulfilments', formatInteger(r.asOracle.fulfilled)],
        ]}
      />
      <RecordFacts
        id="provider"
        title="As a provider"
        facts={[
          ['Threats naming it', formatInteger(r.asProvider.threats)],
          ['Escalations received', formatInteger(r.asProvider.escalated)],
        ]}
      />
      <RecordFacts
        id="maker"
        title="As a maker"
        facts={[['Threats made', formatInteger(r.asMaker.threats)], ...outcomes(r.asMaker)]}
      />
    </div>
  );
}
