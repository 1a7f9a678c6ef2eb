import { formatDate } from '@/lib/format';
import { OUTCOME_LABELS } from '@/lib/threats/labels';
import type { ThreatSchedule } from '@/lib/threats/schedule';
import type { ThreatView } from '@/lib/threats/types';
import type { ExplorerLinks } from './explorer';
import { Mono, Section } from './Section';
import { SettleButton } from './SettleButton';
import { VerifyDrawButton } from './VerifyDrawButton';

const OUTCOME_TONE = {
  neutral: 'text-slate-700',
  hawk: 'text-red-800 font-semibold',
  dove: 'text-green-800 font-semibold',
} as const;

/**
 * Every draw so far with its random value and a browser-side "verify", the pending draws, and the button
 * anyone can press to trigger due draws (or, for a commitment past its deadline, the timeout).
 */
export function DrawsSection({
  threat,
  schedule,
  links,
}: {
  threat: ThreatView;
  schedule: ThreatSchedule;
  links: ExplorerLinks;
}) {
  const odds = threat.odds;
  // the request that handed each draw to the beacon: the last DrawRequested covering its period before it settled
  const requestOf = (d: ThreatView['draws'][number]) =>
    [...threat.requests]
      .reverse()
      .find((r) => r.fromPeriod <= d.period && d.period <= r.throughPeriod && r.blockNumber <= d.blockNumber);
  const pending = threat.pendingThrough > threat.settledPeriods;
  const live = threat.status === 'live';
  const settleLabel = !odds
    ? 'Apply the timeout action'
    : pending
      ? 'Settle the pending draws'
      : schedule.unsettledDue > 0 || !schedule.deadlinePassed
        ? 'Trigger due draws'
        : 'Apply the timeout';

  return (
    <Section
      id="draws"
      title={odds ? 'Draws' : 'Settlement'}
      lead={
        odds
          ? 'Each value comes from a randomness beacon fixed after the draw was requested (for the block beacon, the random value of a later block); the outcome is keccak256(value, threat id, period) mod 1e9 compared with the odds. Verify any draw in your browser: it checks the value is the beacon’s and the outcome follows.'
          : 'A commitment is settled once, at the deadline, by anyone.'
      }
    >
      {odds ? (
        threat.draws.length === 0 ? (
          <p className="text-slate-700" data-testid="no-draws">
            No draws yet.
          </p>
        ) : (
          <ol className="space-y-3" data-testid="draw-list">
            {threat.draws.map((d) => {
              const o = OUTCOME_LABELS[d.outcome];
              const req = requestOf(d);
              const kind = odds.beaconKind ?? 'other';
              return (
                <li
                  key={d.period}
                  data-testid={`draw-${d.period}`}
                  data-outcome={d.outcome}
                  className="rounded-lg bg-slate-50 p-3"
                >
                  <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span className="font-semibold">Period {d.period}</span>
                    <span className="text-sm text-slate-600">
                      due {formatDate(threat.start + d.period * odds.period)}
                    </span>
                  </div>
                  <p className={`mt-0.5 ${OUTCOME_TONE[o.tone]}`}>
                    {o.label}
                    {d.neutralized
                      ? ' (neutral: the beacon lapsed three times or refused past its grace time, so the period counts as nothing happening)'
                      : ''}
                    : {o.explain}
                  </p>
                  <p className="mt-1 text-xs text-slate-600">
                    value <Mono value={d.value} /> · tx <Mono value={d.txHash} href={links.tx(d.txHash)} />
                    {req && kind === 'block' ? (
                      <>
                        {' '}
                        · from block{' '}
                        {links.block(req.ticket) ? (
                          <a
                            href={links.block(req.ticket)}
                            className="text-indigo-700 underline"
                            rel="noopener noreferrer"
                          >
                            {req.ticket}
                          </a>
                        ) : (
                          req.ticket
                        )}
                      </>
                    ) : null}
                  </p>
                  <VerifyDrawButton
                    chainId={threat.chainId}
                    source={
                      req
                        ? {
                            kind,
                            beacon: odds.beacon,
                            ticket: req.ticket,
                            requestedAtBlock: req.blockNumber.toString(),
                          }
                        : undefined
                    }
                    blockHref={req && kind === 'block' ? links.block(req.ticket) : undefined}
                    threatId={threat.id.toString()}
                    period={d.period}
                    value={d.value}
                    pEscalate={odds.pEscalate}
                    pTerminate={odds.pTerminate}
                    outcome={d.outcome}
                    lapsed={d.neutralized}
                  />
                </li>
              );
            })}
          </ol>
        )
      ) : null}
      {odds && threat.draws.length > 0 ? (
        <noscript>
          <p className="mt-2 text-sm text-slate-700">
            Without JavaScript, verify a draw with Foundry&apos;s cast: r ={' '}
            <code>
              cast keccak $(cast abi-encode &quot;f(bytes32,uint256,uint256)&quot; VALUE {threat.id.toString()} PERIOD)
            </code>{' '}
            as a number, modulo 1,000,000,000. The draw escalates when r &lt; {odds.pEscalate}
            {odds.pTerminate > 0 ? `, terminates when r < ${odds.pEscalate + odds.pTerminate}` : ''}, and continues
            otherwise.
          </p>
        </noscript>
      ) : null}

      {live && pending ? (
        <p className="mt-3 text-sm text-slate-700" data-testid="pending-draws">
          Period
          {threat.pendingThrough - threat.settledPeriods > 1
            ? `s ${threat.settledPeriods + 1}–${threat.pendingThrough} wait`
            : ` ${threat.pendingThrough} waits`}{' '}
          for{' '}
          {odds?.beaconKind === 'block'
            ? `the random value of block ${threat.ticket} (the chain is at block ${threat.readAt.blockNumber.toString()}).`
            : `the beacon's answer to request ${threat.ticket}.`}
        </p>
      ) : null}

      {live ? (
        <div className="mt-4 border-t border-slate-100 pt-3">
          <p className="mb-2 text-sm text-slate-700">
            Anyone can do this, with any wallet: the outcome is the same whoever triggers it and whenever.
          </p>
          <SettleButton
            chainId={threat.chainId}
            registry={threat.registry}
            threatId={threat.id.toString()}
            label={settleLabel}
            disabledReason={
              schedule.canSettle
                ? undefined
                : `Nothing to settle right now${odds ? ': the next draw is not due yet.' : ': the deadline has not passed.'}`
            }
          />
        </div>
      ) : null}
    </Section>
  );
}
