'use client';

import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { composeTerms } from '@/lib/wizard/to-params';
import { deadlineSeconds, parseStakeWei, periodSeconds } from '@/lib/wizard/units';
import { stepsFor, STEP_TITLES, type StepId } from '@/lib/wizard/steps';
import type { WizardValues } from '@/lib/wizard/types';
import { SignPanel, type SignPanelProps } from '../SignPanel';
import { formatDate, formatEth, formatInteger, formatPeriods } from '@/lib/format';
import { chosenBeacon } from '@/lib/wizard/beacons';
import { useAppChain } from '@/components/wallet/use-app-chain';
import { explainResolution } from '@/lib/resolvers/explain';
import { tryResolution } from '@/lib/wizard/resolution';
import { FundLinkPanel } from '@/components/funding/FundLinkPanel';
import { fundingReviewRows } from '@/components/funding/funding-review';

const ACTION_TEXT = {
  refund: 'Refund to you',
  forfeit: 'Forfeit to NASH holders',
  escalate: 'Escalate: pay the provider',
} as const;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words whitespace-pre-line">
        {children || <span className="text-slate-500">Not given</span>}
      </dd>
    </div>
  );
}

/** Step 7: "check your answers" — everything that will be signed, each section with a Change link — then sign. */
export function ReviewStep({ goTo, created, onCreated, onCopy }: SignPanelProps) {
  const { getValues } = useFormContext<WizardValues>();
  const v = getValues();
  const { deployment } = useAppChain();
  const deadline = deadlineSeconds(v.deadline);
  const sections: { step: StepId; rows: [string, ReactNode][] }[] = [
    {
      step: 'kind',
      rows: [
        [
          'Kind',
          v.kind === 'commitment'
            ? 'Commitment (binding threat)'
            : v.kind === 'probabilistic'
              ? 'Probabilistic threat'
              : '',
        ],
      ],
    },
    {
      step: 'demand',
      rows: [
        ['Published demand', v.terms ? composeSafe(v) : ''],
        ['Deadline', Number.isNaN(deadline) ? '' : formatDate(deadline, { timeZone: 'local' })],
      ],
    },
    {
      step: 'escalation',
      rows: [
        [
          'Provider',
          <span className="font-mono" key="p">
            {v.provider}
          </span>,
        ],
        [
          'Agreement fingerprint',
          <span className="font-mono text-sm break-all" key="h">
            {v.agreementHash}
            {v.agreementFileName ? ` (${v.agreementFileName})` : ''}
          </span>,
        ],
      ],
    },
    {
      step: 'resolution',
      rows: [
        ['Who decides', reviewResolution(v)],
        ['At the deadline', v.timeoutAction ? ACTION_TEXT[v.timeoutAction] : ''],
      ],
    },
    {
      step: 'odds',
      rows: [
        ['Escalation per draw', v.pEscalatePct ? `${v.pEscalatePct}%` : ''],
        ['Refund per draw', `${v.pTerminatePct || '0'}%`],
        [
          'One draw every',
          `${formatPeriods(Number(v.periodValue), v.periodUnit.replace(/s$/, ''))} (${formatInteger(periodSeconds(v.periodValue, v.periodUnit))} seconds)`,
        ],
        ['Randomness', chosenBeacon(v.beacon, deployment)?.title ?? 'No beacon on this network'],
      ],
    },
    { step: 'stakes', rows: [['Stake', stakeText(v.stakeEth)]] },
    { step: 'funding', rows: fundingReviewRows(v) },
  ];
  const shown = stepsFor(v.kind);
  return (
    <>
      <p className="mt-2 text-slate-700">
        Check everything: once created, nothing can be changed and the stake follows the rules alone.
      </p>
      {sections
        .filter((s) => shown.includes(s.step))
        .map((s) => (
          <section key={s.step} aria-labelledby={`review-${s.step}`} className="mt-6">
            <div className="flex items-baseline justify-between">
              <h3 id={`review-${s.step}`} className="text-lg font-bold">
                {STEP_TITLES[s.step]}
              </h3>
              <button type="button" onClick={() => goTo(s.step)} className="text-indigo-800 underline">
                Change<span className="sr-only"> {STEP_TITLES[s.step]}</span>
              </button>
            </div>
            <dl className="mt-1">
              {s.rows.map(([label, value]) => (
                <Row key={label} label={label}>
                  {value}
                </Row>
              ))}
            </dl>
          </section>
        ))}
      {v.forClient === 'link' ? (
        <FundLinkPanel goTo={goTo} />
      ) : (
        <SignPanel goTo={goTo} created={created} onCreated={onCreated} onCopy={onCopy} />
      )}
    </>
  );
}

/** The stake as it will be locked ("1,000 ETH" for "1000"), or the typed text when it does not parse. */
function stakeText(raw: string): string {
  const wei = raw.trim() ? parseStakeWei(raw) : null;
  return wei === null ? (raw ? `${raw} ETH` : '') : formatEth(wei, { maxDecimals: 18 });
}

function composeSafe(v: WizardValues): string {
  try {
    return composeTerms(v);
  } catch {
    return v.terms;
  }
}

/** The resolution in the review: its kind, then who decides in words, and for named oracles their addresses. */
function reviewResolution(v: WizardValues): ReactNode {
  const r = tryResolution(v);
  if (!r) return '';
  const e = explainResolution(r);
  return (
    <span key="r" className="block">
      <span className="block font-semibold">{e.title}</span>
      <span className="block text-sm">{e.whoDecides}</span>
      {v.resolutionKind === 'oracles' && (
        <span className="block whitespace-pre-line font-mono text-sm">
          {v.terminators
            .map((t) => t.address.trim())
            .filter(Boolean)
            .join('\n')}
        </span>
      )}
    </span>
  );
}
