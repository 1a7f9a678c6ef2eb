import { formatDate, formatEth, formatPercent, shortAddress } from '@/lib/format';
import { allowListFromTerms } from '@/lib/funding/allow-list';
import { backedTotal, makerShare, poolProgress, roomUnderCap, thresholdText } from '@/lib/funding/pool';
import type { ThreatView } from '@/lib/threats/types';
import { Fact, Mono, Section } from '@/components/threat/Section';
import { FundingActions } from './FundingActions';

/**
 * Backers and pools on the public page (white paper sections 10.4, 12.1, 12.2, 12.5). A pool's page is its join
 * page: who organises it, progress to the threshold, the gathering date, join and leave, activate once reached,
 * reclaim when it failed. A threat with backers lists them and the total; the adversary's exposure is the whole
 * stake, which grows with every backer. Server component; the buttons are a small island.
 */
export function FundingSection({ threat }: { threat: ThreatView }) {
  const f = threat.funding;
  if (!f) return null;
  const now = threat.readAt.timestamp;
  const pool = poolProgress(threat, now);
  const funders = threat.funders.filter((x) => x.amount > 0n);
  const own = makerShare(threat);
  const allowList = f.backersRoot !== `0x${'0'.repeat(64)}` ? allowListFromTerms(threat.terms) : null;
  const room = roomUnderCap(threat);
  return (
    <Section
      id="funding"
      title={pool ? 'Pledge pool: join this threat' : 'Backers'}
      lead={
        pool
          ? 'This threat gathers pledges first. It goes live only if its threshold is reached by the gathering date; otherwise every pledger takes their pledge back. Nothing is ever locked.'
          : 'Others may add to this threat’s stake. At escalation the whole stake goes to the provider; on a refund or fulfilment each funder takes back exactly their own share.'
      }
    >
      <dl className="divide-y divide-slate-100">
        <Fact label={pool ? 'Organiser' : 'Maker'} testId="funding-organiser">
          <Mono value={threat.maker} />
        </Fact>
        {threat.beneficiary.toLowerCase() !== threat.maker.toLowerCase() ? (
          <Fact label="Refunds go to (beneficiary)" testId="funding-beneficiary">
            <Mono value={threat.beneficiary} />
          </Fact>
        ) : null}
        {pool ? (
          <>
            <Fact label="Threshold" testId="pool-threshold">
              {thresholdText(pool)} by {formatDate(pool.gatherUntil)}
            </Fact>
            <Fact label="Progress" testId="pool-progress">
              <p>
                {pool.pledgers} pledger{pool.pledgers === 1 ? '' : 's'}
                {pool.minPledgers > 0 ? ` of ${pool.minPledgers}` : ''}, {formatEth(pool.total)}
                {pool.minTotal > 0n ? ` of ${formatEth(pool.minTotal)}` : ''} ({formatPercent(pool.fraction)})
              </p>
              <progress
                className="mt-1 h-2 w-full"
                max={1}
                value={pool.fraction}
                aria-label="Progress to the threshold"
              />
              <p className="mt-1 text-sm font-semibold" data-testid="pool-phase" data-phase={pool.phase}>
                {
                  {
                    gathering: 'Gathering pledges.',
                    ready: 'Threshold reached: anyone can make the threat live now.',
                    failed:
                      'The gathering date passed short of the threshold: every pledger can take their pledge back.',
                    live: 'The pool reached its threshold and the threat is live.',
                    cancelled: 'The pool missed its threshold and was cancelled: every pledge can be taken back.',
                    ended: 'The threat has ended.',
                  }[pool.phase]
                }
              </p>
            </Fact>
          </>
        ) : null}
        <Fact label="Stake now (your exposure)" testId="funding-total">
          <strong>{formatEth(threat.stake)}</strong>: {formatEth(own)} from the {pool ? 'organiser' : 'maker'} and{' '}
          {formatEth(backedTotal(funders))} from {funders.length} {pool ? 'pledger' : 'backer'}
          {funders.length === 1 ? '' : 's'}
        </Fact>
        <Fact label="Cap" testId="funding-cap">
          At most {formatEth(f.cap)} in all ({formatEth(room)} more can be added)
        </Fact>
        {f.backersRoot !== `0x${'0'.repeat(64)}` ? (
          <Fact label="Who may add stake" testId="funding-allow-list">
            {allowList?.length
              ? `Only these accounts: ${allowList.map((a) => shortAddress(a)).join(', ')}`
              : 'Only accounts on the maker’s list.'}
          </Fact>
        ) : null}
      </dl>
      <h3 className="mt-4 text-sm font-semibold text-slate-800">{pool ? 'Pledgers' : 'Backers'}</h3>
      {funders.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="funders-none">
          None yet.
        </p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm" data-testid="funders">
          {funders.map((x) => (
            <li key={x.account} data-testid={`funder-${x.account.toLowerCase()}`}>
              <code className="break-all font-mono text-[0.8125rem]">{x.account}</code>: {formatEth(x.amount)}
              {x.reclaimed ? ' (taken back)' : ''}
            </li>
          ))}
        </ul>
      )}
      <FundingActions
        chainId={threat.chainId}
        registry={threat.registry}
        threat={{
          id: threat.id.toString(),
          status: threat.status,
          stake: threat.stake.toString(),
          maker: threat.maker,
          beneficiary: threat.beneficiary,
          funding: {
            cap: f.cap.toString(),
            backersRoot: f.backersRoot,
            gatherUntil: f.gatherUntil,
            minPledgers: f.minPledgers,
            minTotal: f.minTotal.toString(),
          },
          funders: threat.funders.map((x) => ({ ...x, amount: x.amount.toString() })),
        }}
        allowList={allowList ?? []}
        now={now}
      />
    </Section>
  );
}
