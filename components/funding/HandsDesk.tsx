import type { Address } from 'viem';
import { getServerClient } from '@/lib/server-client';
import type { Deployment } from '@/lib/contracts/deployments';
import { clientThreats, counterMovesAgainst } from '@/lib/funding/desk';
import { listThreats } from '@/lib/threats/read';
import { ThreatCard } from '@/components/desks/ThreatCard';

/**
 * The maker's desk additions of issue #15 (server component, mounted in MeDesk): counter-commitments answering
 * the maker's threats (white paper section 7), and, for a professional (section 3.2), the threats it set up for
 * clients (sent with a client as beneficiary, or prepared with a review-and-fund link).
 */
export async function HandsDesk({ deployment, address }: { deployment: Deployment; address: Address }) {
  const client = getServerClient(deployment.chainId);
  let all, now: number;
  try {
    const [threats, head] = await Promise.all([
      listThreats(client, {
        chainId: deployment.chainId,
        levetrage: deployment.levetrage,
        startBlock: deployment.startBlock,
      }),
      client.getBlock({ blockTag: 'latest' }),
    ]);
    all = threats;
    now = Number(head.timestamp); // the chain's clock (anvil can warp it)
  } catch {
    return null;
  }
  const counters = counterMovesAgainst(all, address);
  const forClients = clientThreats(all, address);
  return (
    <div className="space-y-8">
      {counters.length > 0 && (
        <section aria-labelledby="me-counter-h" data-testid="me-counter-moves">
          <h2 id="me-counter-h" className="text-lg font-semibold">
            Counter-moves against your threats ({counters.length})
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Someone answered your threat with a commitment of their own. Model the game with both in place in the{' '}
            <a className="underline" href="/calculator#counter">
              calculator
            </a>
            .
          </p>
          <ul className="mt-3 space-y-3">
            {counters.map(({ counter, answers }) => (
              <li key={String(counter.id)} data-testid={`counter-move-${counter.id}`}>
                <p className="text-sm font-semibold">
                  Threat #{String(counter.id)} answers your threat #{String(answers.id)}:
                </p>
                <ThreatCard threat={counter} now={now} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="me-clients-h" data-testid="me-client-threats">
        <h2 id="me-clients-h" className="text-lg font-semibold">
          Threats you set up for clients ({forClients.length})
        </h2>
        {forClients.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">
            None. A professional names the client as the beneficiary in the wizard, or sends a review-and-fund link.
          </p>
        ) : (
          <div className="mt-3 space-y-3">
            {forClients.map((t) => (
              <ThreatCard key={String(t.id)} threat={t} now={now} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
