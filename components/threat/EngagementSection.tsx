import { Suspense } from 'react';
import { zeroAddress } from 'viem';
import { publishedAgreement } from '@/lib/agreements/published';
import type { ThreatView } from '@/lib/threats/types';
import { EngagementAcceptance } from './EngagementAcceptance';
import { Section } from './Section';

/**
 * The provider's engagement on the public page: its acceptance, re-checked in the adversary's browser (a client
 * island), and the agreement's public clauses when the maker published the agreement (verified against its hash).
 */
export function EngagementSection({ threat }: { threat: ThreatView }) {
  if (threat.provider === zeroAddress) return null;
  return (
    <Section id="engagement" title="The provider’s engagement">
      <EngagementAcceptance
        chainId={threat.chainId}
        registry={threat.registry}
        provider={threat.provider}
        engagementId={threat.engagementId}
        createdTx={threat.created.txHash}
        createdAt={threat.created.timestamp}
      />
      <Suspense fallback={null}>
        <PublishedClauses threat={threat} />
      </Suspense>
    </Section>
  );
}

/** The public clauses of the agreement the maker published (re-rendered on the server and checked). */
async function PublishedClauses({ threat }: { threat: ThreatView }) {
  const published = await publishedAgreement(threat).catch(() => null);
  return published ? (
    <div className="mt-4" data-testid="published-clauses">
      <h3 className="text-sm font-semibold text-slate-800">
        What the provider is bound to do: the public clauses of the {published.title.toLowerCase()}
      </h3>
      <p className="mt-1 text-xs text-slate-600">
        The maker published the agreement; re-rendered, its sha-256 is the agreement hash on chain. Clauses the maker
        keeps confidential are not shown.
      </p>
      {published.sections.map((s) => (
        <div key={s.id} className="mt-3">
          <h4 className="font-semibold text-slate-900">{s.title}</h4>
          {s.clauses.map((c) => (
            <div key={c.id} className="mt-1 text-sm text-slate-800" data-clause={c.id}>
              <p className="font-medium">{c.title}</p>
              {c.paragraphs.map((para, i) => (
                <p key={i} className="mt-0.5">
                  {para}
                </p>
              ))}
              {c.items && (
                <ul className="ml-5 list-disc">
                  {c.items.map((it) => (
                    <li key={it}>{it}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      ))}
    </div>
  ) : (
    <p className="mt-3 text-sm text-slate-600" data-testid="no-published-clauses">
      The maker did not publish the agreement’s clauses; its hash is above, and the provider holds the agreement.
    </p>
  );
}
