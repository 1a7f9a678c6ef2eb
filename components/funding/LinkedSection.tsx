import { formatEth } from '@/lib/format';
import { STATUS_LABELS } from '@/lib/threats/labels';
import type { ThreatView } from '@/lib/threats/types';
import { Section } from '@/components/threat/Section';
import type { HandsData } from './load-hands';

/**
 * Counter-commitments (white paper section 7): the threat this one answers, the threats that answer it, and the
 * way to answer it with one's own commitment (the wizard, prefilled).
 */
export function LinkedSection({
  threat,
  counterMoves,
}: {
  threat: ThreatView;
  counterMoves: HandsData['counterMoves'];
}) {
  const link = (id: bigint) => `/t/${threat.chainId}/${id.toString()}`;
  const respond = `/create?step=kind&linkedTo=${threat.id.toString()}&adversary=${threat.maker}`;
  return (
    <Section
      id="counter"
      title="Counter-commitments"
      lead="Anyone, the adversary first, can answer a threat with a commitment of their own, for example “I will not pay unless 5,000 is deposited”, with its own stake and resolution."
    >
      {threat.linkedTo !== undefined ? (
        <p data-testid="answers-threat">
          This is a counter-commitment: it answers{' '}
          <a className="font-semibold text-indigo-700 underline" href={link(threat.linkedTo)}>
            threat #{threat.linkedTo.toString()}
          </a>
          .
        </p>
      ) : null}
      {counterMoves.length > 0 ? (
        <>
          <p className="mt-2 font-semibold">Answered by:</p>
          <ul className="mt-1 space-y-1" data-testid="counter-moves">
            {counterMoves.map((c) => (
              <li key={c.id.toString()}>
                <a className="text-indigo-700 underline" href={link(c.id)}>
                  Threat #{c.id.toString()}
                </a>{' '}
                ({STATUS_LABELS[c.status].label}, {formatEth(c.stake)}): {c.terms.split('\n')[0]}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-600" data-testid="counter-none">
          No counter-commitment answers this threat yet.
        </p>
      )}
      <p className="mt-3">
        <a className="font-semibold text-indigo-700 underline" href={respond} data-testid="respond-link">
          Respond with a counter-commitment
        </a>
      </p>
    </Section>
  );
}
