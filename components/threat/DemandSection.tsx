import { formatDate } from '@/lib/format';
import { ACTION_LABELS } from '@/lib/threats/labels';
import type { ThreatView } from '@/lib/threats/types';
import { Countdown } from './Countdown';
import { Fact, Section } from './Section';

/** What the adversary is asked to do, by when, and what happens if not. */
export function DemandSection({ threat }: { threat: ThreatView }) {
  const action = ACTION_LABELS[threat.timeoutAction];
  return (
    <Section id="demand" title="What is demanded">
      <blockquote
        data-testid="threat-terms"
        className="whitespace-pre-wrap border-l-4 border-indigo-300 pl-3 text-base text-slate-900"
      >
        {threat.terms || '(The creation event of this threat was not found; its demand text is unavailable.)'}
      </blockquote>
      <dl className="mt-3 divide-y divide-slate-100">
        <Fact label="Deadline" testId="threat-deadline">
          {formatDate(threat.deadline)}{' '}
          <span className="text-slate-600">
            {threat.end ? (
              '(no longer applies: the threat has ended)'
            ) : (
              <>
                (<Countdown target={threat.deadline} chainNow={threat.readAt.timestamp} testId="deadline-countdown" />)
              </>
            )}
          </span>
        </Fact>
        <Fact label={threat.end ? 'Had the deadline passed' : 'If the deadline passes'} testId="threat-timeout-action">
          <strong>{action.label}</strong>: {action.explain}
          {threat.odds ? ', after every draw up to the deadline has been made' : ''}.
        </Fact>
      </dl>
    </Section>
  );
}
