import { formatDate, formatDuration, formatPpb } from '@/lib/format';
import { ACTION_LABELS } from '@/lib/threats/labels';
import type { ThreatSchedule } from '@/lib/threats/schedule';
import type { ThreatView } from '@/lib/threats/types';
import type { ExplorerLinks } from './explorer';
import { Mono, Section } from './Section';
import { AddressLink } from '@/components/AddressLink';

/** How to comply: what the oracle needs to see, who the terminators are, and the deadline. */
export function ComplySection({
  threat,
  schedule,
  links,
}: {
  threat: ThreatView;
  schedule: ThreatSchedule;
  links: ExplorerLinks;
}) {
  const live = threat.status === 'live' || threat.status === 'claimed' || threat.status === 'gathering';
  // The resolver decides (an oracle account, or a resolver contract: a panel, a Reality.eth question, an UMA
  // assertion); issue #9's "how to comply" per kind builds on this.
  const deciders = [threat.resolver];
  const makerIsTerminator = deciders.some((t) => t.toLowerCase() === threat.maker.toLowerCase());
  const plural = false;
  return (
    <Section id="comply" title="How to comply">
      {!live ? (
        <p className="text-slate-700">This threat has ended; there is nothing left to comply with.</p>
      ) : schedule.deadlinePassed ? (
        <p className="text-slate-700">
          The deadline has passed: the demand can no longer be marked fulfilled. What remains is for the rules to run (
          {ACTION_LABELS[threat.timeoutAction].explain}).
        </p>
      ) : (
        <ol className="list-decimal space-y-2 pl-5 text-slate-800" data-testid="comply-steps">
          <li>
            Do what is demanded above, <strong>before {formatDate(threat.deadline)}</strong>.
          </li>
          <li>
            Show it to {plural ? 'one of the oracles' : 'the oracle'} below (the <em>terminator{plural ? 's' : ''}</em>
            ): they need evidence that the demand is met. Only {plural ? 'they' : 'it'} can mark the demand fulfilled,
            and only strictly before the deadline. Fulfilment returns the stake to the maker and ends the threat.
          </li>
          {threat.odds ? (
            <li>
              Until then, every {formatDuration(threat.odds.period)} a draw escalates with probability{' '}
              {formatPpb(threat.odds.pEscalate)}. Every period you wait is one more draw. A draw whose random value is
              already fixed must be settled before fulfilment can be recorded, so ask early.
            </li>
          ) : null}
        </ol>
      )}
      <h3 className="mt-4 text-sm font-semibold text-slate-700">
        Terminator{plural ? 's' : ''} (oracle{plural ? 's' : ''})
      </h3>
      <ul className="mt-1 space-y-1" data-testid="threat-terminators">
        {deciders.map((t) => (
          <li key={t}>
            <Mono value={t} href={links.address(t)} />{' '}
            <AddressLink address={t} chainId={threat.chainId} label="track record" className="text-sm underline" />
            {t.toLowerCase() === threat.maker.toLowerCase() ? (
              <span className="ml-2 text-sm text-slate-600">(the maker)</span>
            ) : null}
          </li>
        ))}
      </ul>
      {makerIsTerminator ? (
        <p className="mt-2 text-sm text-slate-600">
          The maker is also a terminator: she can call the threat off herself.
        </p>
      ) : null}
    </Section>
  );
}
