import type { ReactNode } from 'react';
import { formatDate, formatDuration, formatEth, formatPpb, shortAddress } from '@/lib/format';
import { explainResolution } from '@/lib/resolvers/explain';
import type { ResolutionView, ResolverState } from '@/lib/resolvers/read';
import { stateResolution } from '@/lib/resolvers/state-resolution';
import { panelStatusText, realityQuestionUrl, realityStatusText, umaStatusText } from '@/lib/resolvers/status';
import { ACTION_LABELS } from '@/lib/threats/labels';
import type { ThreatSchedule } from '@/lib/threats/schedule';
import type { ThreatView } from '@/lib/threats/types';
import type { ExplorerLinks } from './explorer';
import { Mono, Section } from './Section';
import { AddressLink } from '@/components/AddressLink';

/** What evidence to submit, whoever decides. */
const EVIDENCE_TEXT =
  'Evidence is a link to a document that shows the demand met (a payment receipt, the published correction, a signed statement), recorded on chain with its hash. Attach it on the oracle desk (“Attach evidence”) so everyone, and the decision, can point to it; the timeline below lists what was attached.';

/**
 * How to comply: exactly who decides and how (an oracle account, k of n named oracles, a Reality.eth question,
 * an UMA assertion), with the question or assertion and its bonds, what evidence to submit, and the deadline rule.
 */
export function ComplySection({
  threat,
  schedule,
  links,
  resolution,
}: {
  threat: ThreatView;
  schedule: ThreatSchedule;
  links: ExplorerLinks;
  resolution?: ResolutionView;
}) {
  const live = threat.status === 'live' || threat.status === 'claimed' || threat.status === 'gathering';
  const state = resolution?.state ?? null;
  const r = state ? stateResolution(state) : { kind: 'oracle' as const, oracle: threat.resolver };
  const explained = explainResolution(r);
  const isMaker = (a: string) => a.toLowerCase() === threat.maker.toLowerCase();
  return (
    <Section id="comply" title="How to comply">
      {!live ? (
        <p className="text-slate-700">This threat has ended; there is nothing left to comply with.</p>
      ) : schedule.deadlinePassed && threat.status !== 'claimed' ? (
        <p className="text-slate-700">
          The deadline has passed: the demand can no longer be marked fulfilled. What remains is for the rules to run (
          {ACTION_LABELS[threat.timeoutAction].explain}).
        </p>
      ) : (
        <ol className="list-decimal space-y-2 pl-5 text-slate-800" data-testid="comply-steps">
          <li>
            Do what is demanded above, <strong>before {formatDate(threat.deadline)}</strong>.
          </li>
          <li data-testid="comply-who">{howToClaim(threat, state)}</li>
          <li>{EVIDENCE_TEXT}</li>
          <li>
            <strong>At the deadline:</strong> {explained.atDeadline}
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
      <h3 className="mt-4 text-sm font-semibold text-slate-700">Who decides: {explained.title.toLowerCase()}</h3>
      <dl className="mt-1 grid grid-cols-1 gap-1 text-sm text-slate-800" data-testid="comply-explained">
        <div>
          <dt className="inline font-semibold">Who: </dt>
          <dd className="inline">{explained.whoDecides}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">How long: </dt>
          <dd className="inline">{explained.howLong}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">What it costs: </dt>
          <dd className="inline">{explained.cost}</dd>
        </div>
      </dl>
      <ul className="mt-2 space-y-1" data-testid="threat-terminators">
        {deciders(threat, state).map(({ label, address }) => (
          <li key={`${label}-${address}`} className="text-sm">
            <span className="text-slate-600">{label}: </span>
            <Mono value={address} href={links.address(address)} />{' '}
            <AddressLink
              address={address}
              chainId={threat.chainId}
              label="track record"
              className="text-sm underline"
            />
            {isMaker(address) ? <span className="ml-2 text-slate-600">(the maker)</span> : null}
          </li>
        ))}
      </ul>
      {deciders(threat, state).some((d) => d.decides && isMaker(d.address)) ? (
        <p className="mt-2 text-sm text-slate-600">
          The maker is among those who decide: she can call the threat off herself
          {state?.kind === 'panel' && state.k > 1 ? ` only with ${state.k - 1} other approval(s)` : ''}.
        </p>
      ) : null}
    </Section>
  );
}

function deciders(
  threat: ThreatView,
  state: ResolverState | null,
): { label: string; address: string; decides?: boolean }[] {
  if (!state) return [{ label: 'Oracle (terminator)', address: threat.resolver, decides: true }];
  switch (state.kind) {
    case 'panel':
      return state.members.map((m, i) => ({ label: `Panel member ${i + 1}`, address: m, decides: true }));
    case 'reality':
      return [
        { label: 'Arbitrator', address: state.arbitrator },
        { label: 'Reality.eth', address: state.reality },
        { label: 'Resolver contract', address: state.resolver },
      ];
    case 'uma':
      return [
        { label: 'UMA Optimistic Oracle V3', address: state.oracle },
        { label: 'Resolver contract', address: state.resolver },
      ];
  }
}

/** Step 2 of "how to comply", per kind: who to convince, and how exactly. */
function howToClaim(threat: ThreatView, state: ResolverState | null): ReactNode {
  const now = threat.readAt.timestamp;
  const desk = (
    <a href="/oracle" className="text-indigo-700 underline">
      oracle desk
    </a>
  );
  if (!state)
    return (
      <>
        Send your evidence to the oracle <Mono value={threat.resolver} /> ({shortAddress(threat.resolver)}): this one
        account alone marks the demand fulfilled, on its {desk}, strictly before the deadline. Fulfilment returns the
        stake to the maker and ends the threat.
      </>
    );
  switch (state.kind) {
    case 'panel':
      return (
        <>
          Convince {state.k} of the {state.members.length} panel members listed below: each approves on the {desk} with
          a transaction, or signs an approval that anyone can submit. The{' '}
          {state.k === 1 ? 'first approval' : `${state.k}th approval`} fulfils the demand.{' '}
          <span data-testid="comply-status">{panelStatusText(state)}</span>
        </>
      );
    case 'reality': {
      const url = realityQuestionUrl(threat.chainId, state.reality, state.questionId);
      return (
        <>
          Answer “yes” to the public Reality.eth question, with a bond of at least {formatEth(state.nextBond)}, on the{' '}
          {desk}
          {url ? (
            <>
              {' '}
              or on{' '}
              <a href={url} className="text-indigo-700 underline" rel="noopener noreferrer">
                Reality.eth
              </a>
            </>
          ) : null}
          . The question reads:{' '}
          <q className="italic" data-testid="comply-question">
            {state.question}
          </q>{' '}
          (question id <Mono value={state.questionId} />
          ). If nobody answers “no” with double your bond within {formatDuration(state.timeout)}, your answer is final
          and anyone applies it, which fulfils the demand; if someone does, raise the bond again or ask the arbitrator
          (fee {formatEth(state.disputeFee)}). <span data-testid="comply-status">{realityStatusText(state, now)}</span>
        </>
      );
    }
    case 'uma':
      return (
        <>
          Assert on the {desk} that the demand was met, with a bond of {formatEth(state.bond)} (WETH): the assertion
          reads{' '}
          <q className="italic" data-testid="comply-claim">
            {state.claim}
          </q>
          . Undisputed for {formatDuration(state.liveness)}, it is true and settling it fulfils the demand; your bond
          comes back.
          {state.last ? (
            <>
              {' '}
              Latest assertion: <Mono value={state.last.id} />.
            </>
          ) : null}{' '}
          <span data-testid="comply-status">{umaStatusText(state, now)}</span>
        </>
      );
  }
}
