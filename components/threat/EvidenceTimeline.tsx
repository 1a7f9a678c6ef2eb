import { formatDate, shortHash } from '@/lib/format';
import { buildTimeline, type TimelineEntry } from '@/lib/resolvers/timeline';
import type { ThreatView } from '@/lib/threats/types';
import { Section } from './Section';
import type { ExplorerLinks } from './explorer';

/** A link is shown only for the schemes a browser can open safely; anything else is shown as text. */
function safeHref(uri: string): string | undefined {
  if (/^https?:\/\//i.test(uri)) return uri;
  if (/^ipfs:\/\//i.test(uri)) return `https://ipfs.io/ipfs/${uri.slice(7)}`;
  if (/^ar:\/\//i.test(uri)) return `https://arweave.net/${uri.slice(5)}`;
  return undefined;
}

const DOT = { evidence: 'bg-indigo-600', resolver: 'bg-amber-600', decision: 'bg-emerald-700' } as const;

/**
 * The evidence timeline (issue #9), read from the chain: evidence attached (ERC-1497 style: a link and its hash),
 * the resolver's steps and the decision, oldest first. Server-renderable (no hooks).
 */
export function EvidenceTimeline({
  entries,
  links,
  testId = 'evidence-timeline',
}: {
  entries: readonly TimelineEntry[];
  links?: ExplorerLinks;
  testId?: string;
}) {
  if (entries.length === 0)
    return (
      <p className="text-sm text-slate-700" data-testid={testId}>
        No evidence yet. Anyone can attach a link and its hash; the maker, the adversary, the oracles and the provider
        each appear with their role.
      </p>
    );
  return (
    <ol className="space-y-2 border-l border-slate-300 pl-4 text-sm" data-testid={testId}>
      {entries.map((e) => {
        const href = e.uri ? safeHref(e.uri) : undefined;
        const tx = links?.tx(e.txHash);
        return (
          <li key={`${e.txHash}-${e.kind}-${e.logIndex ?? 0}-${e.text}`} className="relative" data-kind={e.kind}>
            <span aria-hidden className={`absolute -left-[1.3rem] top-1.5 h-2 w-2 rounded-full ${DOT[e.kind]}`} />
            <p className="text-slate-900">
              {e.text}
              {e.reliedOn && <strong className="ml-1 text-emerald-800">The decision relied on it.</strong>}
            </p>
            {e.uri && (
              <p className="break-all">
                {href ? (
                  <a href={href} rel="noopener noreferrer nofollow" className="text-indigo-700 underline">
                    {e.uri}
                  </a>
                ) : (
                  <code>{e.uri}</code>
                )}{' '}
                {e.evidenceHash && (
                  <span className="font-mono text-xs text-slate-600">hash {shortHash(e.evidenceHash)}</span>
                )}
              </p>
            )}
            <p className="text-xs text-slate-600">
              {e.timestamp ? formatDate(e.timestamp) : `block ${e.blockNumber}`} · tx{' '}
              {tx ? (
                <a href={tx} className="font-mono underline" rel="noopener noreferrer">
                  {shortHash(e.txHash)}
                </a>
              ) : (
                <span className="font-mono">{shortHash(e.txHash)}</span>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** The public page's evidence section: the timeline, or (without a resolver read) the registry's evidence alone. */
export function EvidenceSection({
  threat,
  timeline,
  links,
}: {
  threat: ThreatView;
  timeline?: readonly TimelineEntry[];
  links: ExplorerLinks;
}) {
  const entries = timeline ?? buildTimeline({ evidence: threat.evidence, end: threat.end });
  return (
    <Section id="evidence" title="Evidence">
      <EvidenceTimeline entries={entries} links={links} />
    </Section>
  );
}
