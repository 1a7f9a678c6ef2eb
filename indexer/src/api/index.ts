// The indexer's read API (Ponder serves it beside /health, /ready, /status and /metrics):
//   GET /api/status                          indexed block vs chain head (lag), ready flag
//   GET /api/threats?<ledger query>          ledger search: filters, sort, keyset pagination (lib/indexer/query.ts)
//   GET /api/threats/:id                     one threat with its draws, requests, claims, evidence, funders,
//                                            escalation, acted records and event timeline
//   GET /api/stats?<filters>&groupBy=        outcome rates, time to comply, draws before compliance
//   GET /api/export?format=csv|json|ndjson&<ledger query>   every matching threat, streamed page by page
//   GET /api/accounts/:address               track record in every role
//   GET /api/accounts/:address/shares        backer / pledger shares (reclaimable ones flagged)
//   GET /api/directory?role=provider|oracle&sort=&limit=&cursor=
//   GET /api/due?now=&block=&limit=&cursor=  what the keeper should settle
//   GET /api/escalations?provider=&limit=&cursor=   the provider desk
//   GET /api/engagements?provider=|maker=
//   GET /api/fees
//   GET /api/events?after=&limit=            the event timeline in order, after an event id (the notifier's stream)
//   /sql/*                                   typed SQL over HTTP for @ponder/client (read-only)
// Every bigint is sent as a decimal string. Errors: {"error": "..."} with 400 (bad query) or 404.
import { db } from 'ponder:api';
import schema, {
  acted,
  draw,
  drawRequest,
  engagement,
  escalation,
  eventLog,
  evidence,
  fee,
  fulfilment,
  funder,
  fundingEvent,
  panel,
  panelApproval,
  realityAnswer,
  realityQuestion,
  threat,
  umaAssertion,
  umaConfig,
} from 'ponder:schema';
import { Hono, type Context } from 'hono';
import { stream } from 'hono/streaming';
import { asc, client, desc, eq, gt, or } from 'ponder';
import { STATS_GROUPS, type StatsGroup } from '../../../lib/indexer/enums';
import { IndexerQueryError, parseAddress, parseLedgerQuery } from '../../../lib/indexer/query';
import {
  DIRECTORY_ROLES,
  DIRECTORY_SORTS,
  type DirectoryRole,
  type DirectorySort,
  type ThreatDetail,
  type ThreatRow,
} from '../../../lib/indexer/types';
import { ledgerPage } from './ledger';
import { directory, dueThreats, escalationsOf, indexerStatus, sharesOf, trackRecord } from './records';
import { ledgerStats } from './stats';
import { keepPlannerStatistics } from './statistics';

const app = new Hono();
keepPlannerStatistics();

app.use('/sql/*', client({ db, schema }));

/** JSON with bigints as decimal strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}

const send = (c: Context, value: unknown, status = 200) =>
  c.body(toJson(value), status as 200, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });

app.onError((error, c) => {
  if (error instanceof IndexerQueryError) return send(c, { error: error.message }, 400);
  console.error('[indexer api]', error);
  return send(c, { error: 'internal error' }, 500);
});

function intParam(c: Context, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^[0-9]{1,16}$/.test(raw) || Number(raw) > max)
    throw new IndexerQueryError(`${name} must be an integer 0..${max}, got "${raw}"`);
  return Number(raw);
}

app.get('/api/status', async (c) => send(c, await indexerStatus()));

app.get('/api/threats', async (c) => {
  const q = parseLedgerQuery(new URL(c.req.url).searchParams);
  return send(c, await ledgerPage(q));
});

app.get('/api/threats/:id', async (c) => {
  const text = c.req.param('id');
  if (!/^[0-9]{1,78}$/.test(text)) throw new IndexerQueryError(`threat id must be a positive integer, got "${text}"`);
  const id = BigInt(text);
  const [row] = await db.select().from(threat).where(eq(threat.id, id));
  if (!row) return send(c, { error: `no threat ${text}` }, 404);
  const [draws, drawRequests, fulfilments, evidenceRows, funders, fundingEvents, escalations, actedRows, events] =
    await Promise.all([
      db.select().from(draw).where(eq(draw.threatId, id)).orderBy(asc(draw.period)),
      db.select().from(drawRequest).where(eq(drawRequest.threatId, id)).orderBy(asc(drawRequest.id)),
      db.select().from(fulfilment).where(eq(fulfilment.threatId, id)).orderBy(asc(fulfilment.id)),
      db.select().from(evidence).where(eq(evidence.threatId, id)).orderBy(asc(evidence.id)),
      db.select().from(funder).where(eq(funder.threatId, id)).orderBy(asc(funder.firstJoinedAt), asc(funder.account)),
      db.select().from(fundingEvent).where(eq(fundingEvent.threatId, id)).orderBy(asc(fundingEvent.id)),
      db.select().from(escalation).where(eq(escalation.threatId, id)),
      db.select().from(acted).where(eq(acted.threatId, id)).orderBy(asc(acted.id)),
      db.select().from(eventLog).where(eq(eventLog.threatId, id)).orderBy(asc(eventLog.id)),
    ]);
  const [panels, approvals, questions, answers, umaConfigs, assertions] = await Promise.all([
    db.select().from(panel).where(eq(panel.threatId, id)),
    db.select().from(panelApproval).where(eq(panelApproval.threatId, id)).orderBy(asc(panelApproval.id)),
    db.select().from(realityQuestion).where(eq(realityQuestion.threatId, id)).orderBy(asc(realityQuestion.round)),
    db.select().from(realityAnswer).where(eq(realityAnswer.threatId, id)).orderBy(asc(realityAnswer.id)),
    db.select().from(umaConfig).where(eq(umaConfig.threatId, id)),
    db.select().from(umaAssertion).where(eq(umaAssertion.threatId, id)).orderBy(asc(umaAssertion.assertedAt)),
  ]);
  const detail: ThreatDetail = {
    threat: row as ThreatRow,
    draws,
    drawRequests,
    fulfilments,
    evidence: evidenceRows,
    funders,
    fundingEvents,
    escalation: escalations[0] ?? null,
    acted: actedRows,
    events,
    resolver: {
      panel: panels[0] ?? null,
      panelApprovals: approvals,
      realityQuestions: questions,
      realityAnswers: answers,
      umaConfig: umaConfigs[0] ?? null,
      umaAssertions: assertions,
    },
  };
  return send(c, detail);
});

app.get('/api/stats', async (c) => {
  const params = new URL(c.req.url).searchParams;
  const groupBy = (params.get('groupBy') || 'kind') as StatsGroup;
  if (!STATS_GROUPS.includes(groupBy))
    throw new IndexerQueryError(`groupBy must be among ${STATS_GROUPS.join(', ')}; got "${groupBy}"`);
  const q = parseLedgerQuery(params);
  return send(c, await ledgerStats(q, groupBy));
});

/** The CSV columns: every column of the threat table, in schema order. */
const CSV_COLUMNS = Object.keys(threat).filter(
  (k) => typeof (threat as unknown as Record<string, unknown>)[k] === 'object' && k !== 'enableRLS',
) as (keyof ThreatRow)[];

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : String(v);
  // A cell a spreadsheet would run as a formula is prefixed with a quote (OWASP CSV injection).
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

app.get('/api/export', async (c) => {
  const params = new URL(c.req.url).searchParams;
  const format = params.get('format') || 'csv';
  if (format !== 'csv' && format !== 'json' && format !== 'ndjson')
    throw new IndexerQueryError(`format must be csv, json or ndjson; got "${format}"`);
  params.delete('limit');
  params.delete('count');
  const q = { ...parseLedgerQuery(params), limit: 1000, count: false };
  const type =
    format === 'csv'
      ? 'text/csv; charset=utf-8'
      : format === 'json'
        ? 'application/json; charset=utf-8'
        : 'application/x-ndjson; charset=utf-8';
  c.header('content-type', type);
  c.header('content-disposition', `attachment; filename="levetrage-threats.${format === 'csv' ? 'csv' : format}"`);
  c.header('cache-control', 'no-store');
  return stream(c, async (out) => {
    let cursor: string | null = null;
    let first = true;
    if (format === 'csv') await out.write(`${CSV_COLUMNS.join(',')}\n`);
    if (format === 'json') await out.write('[');
    do {
      const page = await ledgerPage({ ...q, cursor });
      let chunk = '';
      for (const row of page.items) {
        if (format === 'csv') chunk += `${CSV_COLUMNS.map((k) => csvCell(row[k])).join(',')}\n`;
        else if (format === 'json') chunk += `${first ? '' : ','}\n${toJson(row)}`;
        else chunk += `${toJson(row)}\n`;
        first = false;
      }
      if (chunk) await out.write(chunk);
      cursor = page.nextCursor;
    } while (cursor !== null && !out.aborted);
    if (format === 'json') await out.write(first ? ']\n' : '\n]\n');
  });
});

app.get('/api/accounts/:address', async (c) => send(c, await trackRecord(parseAddress(c.req.param('address')))));

app.get('/api/accounts/:address/shares', async (c) => send(c, await sharesOf(parseAddress(c.req.param('address')))));

app.get('/api/directory', async (c) => {
  const role = (c.req.query('role') || 'provider') as DirectoryRole;
  if (!DIRECTORY_ROLES.includes(role)) throw new IndexerQueryError(`role must be provider or oracle; got "${role}"`);
  const sorts = DIRECTORY_SORTS[role] as readonly string[];
  const sort = (c.req.query('sort') || sorts[0]) as DirectorySort;
  if (!sorts.includes(sort))
    throw new IndexerQueryError(`sort for ${role} must be among ${sorts.join(', ')}; got "${sort}"`);
  const limit = intParam(c, 'limit', 50, 500) || 50;
  const offset = intParam(c, 'cursor', 0);
  return send(c, await directory(role, sort, limit, offset));
});

app.get('/api/due', async (c) => {
  const now = intParam(c, 'now', Math.floor(Date.now() / 1000));
  const block = intParam(c, 'block', Number.MAX_SAFE_INTEGER);
  const limit = intParam(c, 'limit', 500, 5000) || 500;
  const cursor = c.req.query('cursor');
  if (cursor && !/^[0-9]{1,78}$/.test(cursor)) throw new IndexerQueryError('cursor must be a threat id');
  return send(c, await dueThreats(now, block, limit, cursor ? BigInt(cursor) : null));
});

app.get('/api/escalations', async (c) => {
  const provider = parseAddress(c.req.query('provider') ?? '', 'provider');
  const limit = intParam(c, 'limit', 50, 500) || 50;
  return send(c, await escalationsOf(provider, limit, c.req.query('cursor') || null));
});

app.get('/api/engagements', async (c) => {
  const provider = c.req.query('provider');
  const maker = c.req.query('maker');
  if (!provider && !maker) throw new IndexerQueryError('give provider= or maker=');
  const where = or(
    provider ? eq(engagement.provider, parseAddress(provider, 'provider')) : undefined,
    maker ? eq(engagement.maker, parseAddress(maker, 'maker')) : undefined,
  );
  return send(
    c,
    await db
      .select()
      .from(engagement)
      .where(where)
      .orderBy(desc(engagement.acceptedAt), asc(engagement.id))
      .limit(1000),
  );
});

app.get('/api/events', async (c) => {
  const after = c.req.query('after') ?? '';
  if (after && !/^[0-9a-zA-Z_-]{1,128}$/.test(after))
    throw new IndexerQueryError(`after must be an event id, got "${after}"`);
  const limit = intParam(c, 'limit', 200, 1000) || 200;
  const rows = await db
    .select()
    .from(eventLog)
    .where(after ? gt(eventLog.id, after) : undefined)
    .orderBy(asc(eventLog.id))
    .limit(limit);
  return send(c, rows);
});

app.get('/api/fees', async (c) => send(c, await db.select().from(fee).orderBy(asc(fee.move))));

export default app;
