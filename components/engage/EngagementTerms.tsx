import type { EngagementRequest } from '@/lib/engagements/link';
import { KIND_BITS } from '@/lib/engagements/typed-data';
import { formatDate, formatDuration, formatEth, formatPpb } from '@/lib/format';
import { ACTION_LABELS } from '@/lib/threats/labels';

/** The terms an engagement request asks the provider to accept: the threat as planned, and the engagement. */
export function EngagementTerms({ request: req }: { request: EngagementRequest }) {
  const e = req.engagement;
  const t = req.threat;
  const kinds = [
    e.kinds & KIND_BITS.commitment ? 'commitments' : '',
    e.kinds & KIND_BITS.probabilistic ? 'probabilistic threats' : '',
  ].filter(Boolean);
  const row = (label: string, value: React.ReactNode, mono = false) => (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd className={mono ? 'break-all font-mono text-xs' : ''}>{value}</dd>
    </>
  );
  return (
    <section
      aria-labelledby="terms-h"
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid="engage-terms"
    >
      <h2 id="terms-h" className="text-lg font-semibold">
        What you are asked to accept
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        A maker asks you, the provider, to accept being paid the stake of a threat if it escalates, and to act as the
        agreement says. Only an escalation of this engagement by the Levetrage registry is a trigger.
      </p>
      <h3 className="mt-3 font-semibold">The threat (as planned)</h3>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {row('Demand', <span className="whitespace-pre-wrap break-words">{t.terms || '(not written yet)'}</span>)}
        {t.adversary && row('Addressed to', t.adversary)}
        {row('Kind', t.kind === 'probabilistic' ? 'Probabilistic threat' : 'Commitment')}
        {row('Stake', BigInt(t.stakeWei) > 0n ? formatEth(BigInt(t.stakeWei)) : '(not chosen yet)')}
        {row('Deadline', formatDate(t.deadline))}
        {row('At the deadline', ACTION_LABELS[t.timeoutAction].label)}
        {t.pEscalate !== undefined &&
          row(
            'Escalation chance',
            `${formatPpb(t.pEscalate)}${t.periodSeconds ? ` per draw, every ${formatDuration(t.periodSeconds)}` : ''}`,
          )}
      </dl>
      <h3 className="mt-3 font-semibold">The engagement you sign</h3>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="engage-engagement">
        {row('Provider (you)', e.provider, true)}
        {row('Maker', e.maker, true)}
        {row('Smallest stake', formatEth(e.minStake))}
        {row('Largest stake', e.maxStake === 0n ? 'no cap' : formatEth(e.maxStake))}
        {row('Kinds accepted', kinds.join(' and '))}
        {row('Valid until', formatDate(e.validUntil))}
        {row('Threats it may back', String(e.uses))}
        {row('Nonce', e.nonce.toString(), true)}
        {row('Chain', String(req.chainId))}
        {row('Registry', req.registry, true)}
      </dl>
      {req.note && <p className="mt-2 text-sm">Note from the maker: {req.note}</p>}
    </section>
  );
}
