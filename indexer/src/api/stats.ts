// Researcher statistics over any ledger filter: outcome rates, time to comply and draws before compliance,
// grouped by kind, p, stake, period length, resolver kind or timeout action. One GROUP BY query.
import { db } from 'ponder:api';
import { threat } from 'ponder:schema';
import { sql } from 'ponder';

type SQL = ReturnType<typeof sql>;
import { P_BUCKETS, PERIOD_BUCKETS, STAKE_BUCKETS, type Bucket, type StatsGroup } from '../../../lib/indexer/enums';
import type { Distribution, LedgerFilter, LedgerStats, StatsRow } from '../../../lib/indexer/types';
import { ledgerWhere } from './ledger';

function caseOf(column: SQL, buckets: readonly Bucket[]): SQL {
  const whens = buckets.map((b) =>
    b.max === null
      ? sql`when ${column} >= ${b.min.toString()}::numeric then ${b.key}`
      : sql`when ${column} >= ${b.min.toString()}::numeric and ${column} < ${b.max.toString()}::numeric then ${b.key}`,
  );
  return sql`(case ${sql.join(whens, sql` `)} else 'none' end)`;
}

function groupExpr(group: StatsGroup | 'all'): SQL {
  switch (group) {
    case 'all':
      return sql`'all'`;
    case 'kind':
      return sql`${threat.kind}`;
    case 'resolverKind':
      return sql`${threat.resolverKind}`;
    case 'timeoutAction':
      return sql`${threat.timeoutAction}`;
    case 'p':
      return caseOf(sql`${threat.pEscalate}`, P_BUCKETS);
    case 'stake':
      return caseOf(sql`${threat.stake}`, STAKE_BUCKETS);
    case 'period':
      return caseOf(sql`${threat.period}`, PERIOD_BUCKETS);
  }
}

function labelOf(group: StatsGroup | 'all', key: string): string {
  if (group === 'all') return 'All threats';
  const buckets =
    group === 'p' ? P_BUCKETS : group === 'stake' ? STAKE_BUCKETS : group === 'period' ? PERIOD_BUCKETS : null;
  if (!buckets) return key;
  if (key === 'none') return group === 'stake' ? 'none' : 'commitment (no draws)';
  return buckets.find((b) => b.key === key)?.label ?? key;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const rate = (n: number, d: number) => (d > 0 ? n / d : null);

interface RawStats {
  bucket: string;
  total: number;
  open: number;
  fulfilled: number;
  refunded: number;
  escalated: number;
  forfeited: number;
  cancelled: number;
  stake: string | null;
  comply_n: number;
  comply_mean: string | null;
  comply_median: string | null;
  comply_p90: string | null;
  draws_n: number;
  draws_mean: string | null;
  draws_median: string | null;
  draws_p90: string | null;
}

async function query(group: StatsGroup | 'all', filter: LedgerFilter): Promise<StatsRow[]> {
  const where = ledgerWhere(filter);
  const g = groupExpr(group);
  const comply = sql`(${threat.endedAt} - ${threat.start})`;
  const isFulfilled = sql`${threat.status} = 'fulfilled'`;
  const isDrawFulfilled = sql`${threat.status} = 'fulfilled' and ${threat.kind} = 'probabilistic'`;
  const result = await db.execute(sql`
    select ${g} as bucket,
      count(*)::int as total,
      (count(*) filter (where ${threat.status} in ('gathering', 'live', 'claimed')))::int as open,
      (count(*) filter (where ${isFulfilled}))::int as fulfilled,
      (count(*) filter (where ${threat.status} = 'refunded'))::int as refunded,
      (count(*) filter (where ${threat.status} = 'escalated'))::int as escalated,
      (count(*) filter (where ${threat.status} = 'forfeited'))::int as forfeited,
      (count(*) filter (where ${threat.status} = 'cancelled'))::int as cancelled,
      sum(${threat.stake})::text as stake,
      (count(*) filter (where ${isFulfilled}))::int as comply_n,
      (avg(${comply}) filter (where ${isFulfilled}))::text as comply_mean,
      (percentile_cont(0.5) within group (order by ${comply}) filter (where ${isFulfilled}))::text as comply_median,
      (percentile_cont(0.9) within group (order by ${comply}) filter (where ${isFulfilled}))::text as comply_p90,
      (count(*) filter (where ${isDrawFulfilled}))::int as draws_n,
      (avg(${threat.settledPeriods}) filter (where ${isDrawFulfilled}))::text as draws_mean,
      (percentile_cont(0.5) within group (order by ${threat.settledPeriods}) filter (where ${isDrawFulfilled}))::text as draws_median,
      (percentile_cont(0.9) within group (order by ${threat.settledPeriods}) filter (where ${isDrawFulfilled}))::text as draws_p90
    from ${threat}
    ${where ? sql`where ${where}` : sql``}
    group by 1
    order by 1`);
  return (result.rows as unknown as RawStats[]).map((r) => {
    const ended = r.fulfilled + r.refunded + r.escalated + r.forfeited + r.cancelled;
    const dist = (n: number, mean: string | null, median: string | null, p90: string | null): Distribution => ({
      n,
      mean: num(mean),
      median: num(median),
      p90: num(p90),
    });
    return {
      group,
      bucket: String(r.bucket),
      label: labelOf(group, String(r.bucket)),
      total: r.total,
      open: r.open,
      ended,
      fulfilled: r.fulfilled,
      refunded: r.refunded,
      escalated: r.escalated,
      forfeited: r.forfeited,
      cancelled: r.cancelled,
      fulfilmentRate: rate(r.fulfilled, ended),
      escalationRate: rate(r.escalated, ended),
      refundRate: rate(r.refunded, ended),
      forfeitRate: rate(r.forfeited, ended),
      timeToComply: dist(r.comply_n, r.comply_mean, r.comply_median, r.comply_p90),
      drawsBeforeCompliance: dist(r.draws_n, r.draws_mean, r.draws_median, r.draws_p90),
      stake: BigInt(r.stake ?? '0'),
    };
  });
}

/** Statistics of the threats matching `filter`, overall and by `groupBy`. */
export async function ledgerStats(filter: LedgerFilter, groupBy: StatsGroup): Promise<LedgerStats> {
  const [overallRows, rows] = await Promise.all([query('all', filter), query(groupBy, filter)]);
  const empty: StatsRow = {
    group: 'all',
    bucket: 'all',
    label: 'All threats',
    total: 0,
    open: 0,
    ended: 0,
    fulfilled: 0,
    refunded: 0,
    escalated: 0,
    forfeited: 0,
    cancelled: 0,
    fulfilmentRate: null,
    escalationRate: null,
    refundRate: null,
    forfeitRate: null,
    timeToComply: { n: 0, mean: null, median: null, p90: null },
    drawsBeforeCompliance: { n: 0, mean: null, median: null, p90: null },
    stake: 0n,
  };
  return { groupBy, overall: overallRows[0] ?? empty, rows };
}
