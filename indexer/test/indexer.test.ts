// The indexer against a real chain: a fresh anvil with the v2 contracts (forge deploy script), a scenario that
// emits every event the indexer handles, then the real indexer (indexer/scripts/start.mjs → ponder start) on
// PGlite (following the chain live while the scenario runs) and on a real Postgres started by the test
// (backfilling the finished chain). Each backend: every event indexed once, the tables, the read API through
// lib/indexer, a crash + restart that resumes without duplicates, and a short reorg rolled back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, eq } from '@ponder/client';
import { keccak256, parseEventLogs, toBytes, type Address, type Log } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  levetrageAbi,
  nashAbi,
  panelResolverEventsAbi,
  realityResolverEventsAbi,
  umaResolverEventsAbi,
  vrfBeaconAbi,
} from '../abis.generated';
import { panelResolverAbi, realityResolverAbi, umaResolverAbi } from '../../lib/contracts/abis.generated';
import * as schema from '../ponder.schema';
import {
  createIndexerClient,
  exportUrl,
  getAllDueThreats,
  getDirectory,
  getDueThreats,
  getIndexedThreat,
  getIndexerStatus,
  getLedgerStats,
  getTrackRecord,
  isIndexerAvailable,
  listEngagements,
  listFunderShares,
  listProviderEscalations,
  searchThreats,
  threatsByRole,
  type IndexerClient,
  type ThreatRow,
} from '../../lib/indexer';
import { rpc } from '../../scripts/lib/anvil.mjs';
import { testPort } from '../../scripts/lib/tools.mjs';
import { startTestChain, type TestChain } from './harness/chain';
import { startIndexer, waitForIndexed, type IndexerProcess } from './harness/indexer-process';
import { startPostgres, type TestPostgres } from './harness/postgres';
import { PANEL_EVIDENCE } from './harness/resolvers';
import { runScenario, type Scenario } from './harness/scenario';
import { ETH, chainTime, create, engagementTypehashMatches, headBlock, mine } from './harness/v2';

const ANVIL_PORT = testPort(8745);
const PORTS = { pglite: testPort(42169), postgres: testPort(42170) };

let dir: string;
let chain: TestChain;
let scenario: Scenario;
let pgliteIndexer: IndexerProcess;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'levetrage-indexer-test-'));
  chain = await startTestChain({ port: ANVIL_PORT, dir });
  // PGlite follows the chain live while the scenario runs (the realtime path, block by block).
  pgliteIndexer = startIndexer({
    rpcUrl: chain.rpcUrl,
    deploymentsFile: chain.deploymentsFile,
    port: PORTS.pglite,
    pgliteDir: join(dir, 'pglite'),
    logFile: join(dir, 'pglite.log'),
  });
  await waitForIndexed(pgliteIndexer, await headBlock(chain));
  scenario = await runScenario(chain);
});

afterAll(async () => {
  await pgliteIndexer?.stop();
  await chain?.stop();
  if (dir && !process.env.KEEP_INDEXER_TEST_DIR) rmSync(dir, { recursive: true, force: true });
});

/** Every log the indexer handles, straight from the chain, counted by event name. */
async function chainEventCounts(toBlock: bigint): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const add = (logs: Log[], abi: readonly unknown[], skip: string[] = []) => {
    for (const l of parseEventLogs({ abi: abi as typeof levetrageAbi, logs })) {
      if (skip.includes(l.eventName)) continue;
      counts[l.eventName] = (counts[l.eventName] ?? 0) + 1;
    }
  };
  const get = (address: Address) => chain.client.getLogs({ address, fromBlock: 0n, toBlock });
  add(await get(chain.registry), levetrageAbi);
  add(await get(chain.nash), nashAbi, ['Approval']);
  add(await get(chain.vrfBeacon), vrfBeaconAbi);
  add(await get(chain.deployment.panelResolver!), panelResolverEventsAbi);
  add(await get(chain.deployment.realityResolver!), realityResolverEventsAbi);
  add(await get(chain.deployment.umaResolver!), umaResolverEventsAbi);
  return counts;
}

function sqlClient(ix: IndexerProcess) {
  return createClient(`${ix.url}/sql`, { schema });
}

async function indexedEventCounts(ix: IndexerProcess): Promise<Record<string, number>> {
  const rows = await sqlClient(ix)
    .db.select({ name: schema.eventLog.name, id: schema.eventLog.id })
    .from(schema.eventLog);
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.name] = (counts[r.name] ?? 0) + 1;
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  return counts;
}

it('signs engagements with the type string of Levetrage.ENGAGEMENT_TYPEHASH', async () => {
  expect(await engagementTypehashMatches(chain)).toBe(true);
});

describe.each(['pglite', 'postgres'] as const)('indexer on %s', (backend) => {
  let ix: IndexerProcess;
  let api: IndexerClient;
  let pg: TestPostgres | null = null;
  const threatOf = async (id: bigint) => {
    const d = await getIndexedThreat(api, { id });
    if (!d) throw new Error(`threat ${id} not indexed`);
    return d;
  };

  beforeAll(async () => {
    if (backend === 'pglite') {
      ix = pgliteIndexer;
    } else {
      pg = await startPostgres();
      ix = startIndexer({
        rpcUrl: chain.rpcUrl,
        deploymentsFile: chain.deploymentsFile,
        port: PORTS.postgres,
        databaseUrl: pg.url,
        schema: 'levetrage_test',
        logFile: join(dir, 'postgres.log'),
      });
    }
    api = createIndexerClient({ url: ix.url });
    await waitForIndexed(ix, await headBlock(chain));
  });

  afterAll(async () => {
    if (backend === 'postgres') {
      await ix?.stop();
      await pg?.stop();
    }
  });

  it('indexes every registry, NASH, VRF beacon and resolver event exactly once', async () => {
    const head = await headBlock(chain);
    await waitForIndexed(ix, head);
    const [onChain, indexed] = await Promise.all([chainEventCounts(head), indexedEventCounts(ix)]);
    expect(indexed).toEqual(onChain);
    // The scenario reaches every event the indexer handles.
    const handled = [
      'ThreatCreated',
      'OddsSet',
      'FundingSet',
      'Linked',
      'EngagementAccepted',
      'NonceRevoked',
      'EngagementRevoked',
      'Joined',
      'Left',
      'Activated',
      'Cancelled',
      'Reclaimed',
      'FulfilmentClaimed',
      'ClaimReleased',
      'Fulfilled',
      'PromiseBroken',
      'Evidence',
      'DrawRequested',
      'DrawRequestFailed',
      'DrawLapsed',
      'DrawSettled',
      'Escalated',
      'ProviderActed',
      'Refunded',
      'Forfeited',
      'Withdrawn',
      'FeeSet',
      'FeeIncreaseScheduled',
      'BeaconAllowed',
      'FeeControllerChanged',
      'Transfer',
      'Distributed',
      'DividendClaimed',
      'ExcludedFromDividends',
      'ExcluderChanged',
      'Requested',
      'Answered',
      'AnswerIgnored',
      // The resolver contracts' own events (indexer/src/resolvers.ts; VrfBeacon and RealityResolver both emit Answered).
      'PanelSet',
      'Approved',
      'PanelHeld',
      'PanelDecided',
      'QuestionAsked',
      'ClaimRecorded',
      'HoldSynced',
      'QuestionResolved',
      'UmaConfigured',
      'FulfilmentAsserted',
      'AssertionHeld',
      'AssertionDisputed',
      'AssertionResolved',
      'OutcomeApplied',
    ];
    for (const name of handled) expect(indexed[name] ?? 0, name).toBeGreaterThan(0);
  });

  it('keeps each threat’s current state and outcome', async () => {
    const { ids } = scenario;
    const t = async (id: bigint) => (await threatOf(id)).threat;
    const jane = chain.address('jane').toLowerCase();

    const t1 = await t(ids.fulfilled);
    expect(t1).toMatchObject({
      kind: 'commitment',
      status: 'fulfilled',
      endCause: 'fulfilled',
      maker: jane,
      resolverKind: 'account',
      stake: ETH,
      refundedAmount: ETH,
      evidenceCount: 2,
      resolverEvidenceCount: 1,
    });
    expect(t1.adversary).toBe(chain.address('xcorp').toLowerCase());
    expect(t1.terms).toBe("Jane's refund: pay back $10,000");
    expect(t1.firstClaimAt).not.toBeNull();
    expect(t1.nextDueAt).toBeNull();
    expect(t1.fee).toBe(10n * ETH);

    expect(await t(ids.forfeited)).toMatchObject({
      status: 'forfeited',
      endCause: 'timeout',
      forfeitedAmount: 2n * ETH,
      timeoutAction: 'forfeit',
    });
    const t3 = await threatOf(ids.escalated);
    expect(t3.threat).toMatchObject({
      status: 'escalated',
      endCause: 'timeout',
      escalatedAmount: 3n * ETH,
      actedCount: 2,
      engagementId: scenario.engagementSigned,
    });
    expect(t3.escalation).toMatchObject({
      provider: chain.address('lawFirm').toLowerCase(),
      amount: 3n * ETH,
      paid: true,
      cause: 'timeout',
    });
    expect(t3.escalation!.actedDelay).toBeGreaterThanOrEqual(0);
    expect(t3.acted.map((a) => a.uri)).toEqual(['https://court.example/filing-3', 'https://court.example/filing-3b']);

    const t4 = await threatOf(ids.drawEscalated);
    expect(t4.threat).toMatchObject({
      kind: 'probabilistic',
      status: 'escalated',
      endCause: 'draw-escalate',
      beaconKind: 'block',
      pEscalate: 1_000_000_000,
      period: 60,
      settledPeriods: 1,
      engagementId: scenario.engagementAccepted,
      fee: 25n * ETH,
    });
    expect(t4.draws).toHaveLength(1);
    expect(t4.draws[0]).toMatchObject({ period: 1, outcome: 'escalate', neutralized: false });
    expect(t4.escalation?.cause).toBe('draw-escalate');

    const t5 = await threatOf(ids.held);
    expect(t5.threat).toMatchObject({
      status: 'live',
      holds: 2,
      claimsFailed: 2,
      settledPeriods: 1,
      pendingFrom: 2,
      pendingThrough: 2,
      openClaimAt: null,
    });
    expect(t5.fulfilments.map((f) => f.kind)).toEqual(['claimed', 'released', 'claimed', 'expired']);
    expect(t5.threat.nextDueBlock).toBe(t5.threat.ticket);

    const t6 = await threatOf(ids.vrf);
    expect(t6.threat).toMatchObject({
      beaconKind: 'vrf',
      settledPeriods: 2,
      lapses: 0,
      pendingThrough: null,
      drawRequests: 5,
    });
    expect(t6.draws.map((d) => [d.period, d.neutralized])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(t6.drawRequests.map((r) => r.kind)).toEqual([
      'requested',
      'requested',
      'lapsed',
      'requested',
      'lapsed',
      'requested',
      'lapsed',
      'requested',
      'lapsed',
    ]);
    expect(t6.drawRequests.filter((r) => r.kind === 'lapsed').map((r) => r.rerequested)).toEqual([
      true,
      true,
      true,
      false,
    ]);

    const t7 = await t(ids.refused);
    expect(t7).toMatchObject({ beaconKind: 'other', drawFailures: 1, pendingThrough: null, status: 'live' });

    const t8 = await threatOf(ids.pool);
    expect(t8.threat).toMatchObject({
      status: 'fulfilled',
      stake: 4n * ETH,
      backed: 3n * ETH,
      funders: 2,
      refundedAmount: ETH,
      minPledgers: 3,
    });
    expect(t8.threat.activatedAt).not.toBeNull();
    expect(t8.fundingEvents.map((e) => e.kind)).toEqual([
      'joined',
      'joined',
      'left',
      'joined',
      'activated',
      'reclaimed',
      'reclaimed',
    ]);
    const spare = t8.funders.find((f) => f.account === chain.address('spare').toLowerCase())!;
    expect(spare).toMatchObject({ share: 0n, joined: ETH / 2n, left: ETH / 2n });
    expect(t8.funders.find((f) => f.account === chain.address('joe').toLowerCase())).toMatchObject({
      share: 0n,
      reclaimed: ETH,
      reclaimPaid: true,
    });

    expect(await t(ids.cancelledPool)).toMatchObject({ status: 'cancelled', endCause: 'cancelled' });
    expect(await t(ids.promise)).toMatchObject({
      status: 'forfeited',
      endCause: 'breach',
      isPromise: true,
      forfeitedAmount: ETH / 2n,
    });
    expect(await t(ids.backed)).toMatchObject({
      status: 'refunded',
      endCause: 'timeout',
      refundedAmount: ETH,
      backed: ETH,
      stake: 2n * ETH,
    });
    expect(await t(ids.linked)).toMatchObject({ linkedTo: ids.fulfilled, status: 'refunded' });
    expect(await t(ids.unpaid)).toMatchObject({ status: 'refunded', refundedAmount: ETH / 4n });
    const future = await t(ids.future);
    expect(future).toMatchObject({ status: 'live', fee: 5n * ETH });
    expect(future.nextDueAt).toBe(future.deadline);
    expect(await getIndexedThreat(api, { id: 10_000n })).toBeNull();
  });

  it('indexes the panel, Reality.eth and UMA resolvers’ own events and shows them in the threat detail', async () => {
    const db = sqlClient(ix).db;
    const { ids, resolvers: r } = scenario;
    const d = chain.deployment;
    const lower = (x: string) => x.toLowerCase();
    /** The resolver contract's own events of a threat, in order, from the read API's timeline. */
    const resolverEvents = (detail: Awaited<ReturnType<typeof threatOf>>, contract: string) =>
      detail.events.filter((e) => e.contract === contract).map((e) => e.name);
    const timeOf = (detail: Awaited<ReturnType<typeof threatOf>>, name: string) =>
      detail.events.find((e) => e.name === name)!.timestamp;

    // ---- T15: the 2-of-3 panel
    const p = await threatOf(ids.panel);
    expect(p.threat).toMatchObject({
      status: 'fulfilled',
      endCause: 'fulfilled',
      resolverKind: 'panel',
      resolver: lower(d.panelResolver!),
      holds: 1,
    });
    expect(resolverEvents(p, 'PanelResolver')).toEqual([
      'PanelSet',
      'Approved',
      'PanelHeld',
      'Approved',
      'PanelDecided',
    ]);
    const [panelRow] = await db.select().from(schema.panel).where(eq(schema.panel.threatId, ids.panel));
    const onChainPanel = await chain.client.readContract({
      address: d.panelResolver!,
      abi: panelResolverAbi,
      functionName: 'describe',
      args: [ids.panel],
    });
    expect(panelRow).toMatchObject({
      resolver: lower(d.panelResolver!),
      members: r.panel.members.map(lower),
      k: 2,
      n: 3,
      grace: r.panel.grace,
      approvals: 2,
      evidence: PANEL_EVIDENCE,
    });
    expect(panelRow!.heldUntil).toBe(Number(onChainPanel.heldUntil));
    expect(panelRow!.decidedAt).toBe(timeOf(p, 'Fulfilled'));
    const approvals = await db.select().from(schema.panelApproval).where(eq(schema.panelApproval.threatId, ids.panel));
    expect(approvals.sort((x, y) => x.count - y.count).map((a) => [a.member, a.count, a.evidence])).toEqual(
      r.panel.approvers.map((m, i) => [lower(m), i + 1, PANEL_EVIDENCE]),
    );
    // The first approval took the hold for the rest of the panel: the grace from its block.
    expect(panelRow!.heldUntil).toBe(approvals[0]!.timestamp + r.panel.grace);
    expect(p.fulfilments.map((f) => f.kind)).toEqual(['claimed', 'fulfilled']);
    expect(p.fulfilments[1]!.evidence).toBe(PANEL_EVIDENCE);
    expect(p.resolver.panel).toEqual(panelRow);
    expect(p.resolver.panelApprovals).toEqual(approvals);
    expect(p.resolver).toMatchObject({ realityQuestions: [], realityAnswers: [], umaConfig: null, umaAssertions: [] });

    // ---- T16: the Reality.eth question (yes, no at double the bond, yes at double again; final; synced)
    const q = await threatOf(ids.reality);
    expect(q.threat).toMatchObject({
      status: 'fulfilled',
      endCause: 'fulfilled',
      resolverKind: 'reality',
      resolver: lower(d.realityResolver!),
    });
    expect(resolverEvents(q, 'RealityResolver')).toEqual([
      'QuestionAsked',
      'Answered',
      'ClaimRecorded',
      'HoldSynced',
      'Answered',
      'HoldSynced',
      'Answered',
      'HoldSynced',
      'QuestionResolved',
    ]);
    const questions = await db
      .select()
      .from(schema.realityQuestion)
      .where(eq(schema.realityQuestion.threatId, ids.reality));
    expect(questions).toHaveLength(1);
    const question = questions[0]!;
    const onChainQuestion = await chain.client.readContract({
      address: d.realityResolver!,
      abi: realityResolverAbi,
      functionName: 'describe',
      args: [ids.reality],
    });
    expect(question).toMatchObject({
      questionId: r.reality.questionId,
      resolver: lower(d.realityResolver!),
      round: 0,
      arbitrator: lower(d.realityArbitrator!),
      timeout: r.reality.timeout,
      minBond: r.reality.minBond,
      answers: 3,
      lastAnswerYes: true,
      lastBond: 4n * r.reality.minBond,
      resolvedYes: true,
    });
    expect(question.askedAt).toBe(q.threat.createdAt);
    expect(question.heldUntil).toBe(Number(onChainQuestion.heldUntil));
    expect(question.resolvedAt).toBe(timeOf(q, 'Fulfilled'));
    const answers = await db.select().from(schema.realityAnswer).where(eq(schema.realityAnswer.threatId, ids.reality));
    answers.sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(answers.map((a) => ({ questionId: a.questionId, answerer: a.answerer, yes: a.yes, bond: a.bond }))).toEqual(
      r.reality.answers.map((a) => ({
        questionId: r.reality.questionId,
        answerer: lower(a.answerer),
        yes: a.yes,
        bond: a.bond,
      })),
    );
    // The claim is the first "yes"; the last answer's hold runs to its finalization + SETTLE_WINDOW (1 day).
    expect(question.claimedAt).toBe(answers[0]!.timestamp);
    expect(question.heldUntil).toBe(answers[2]!.timestamp + r.reality.timeout + 86400);
    expect(q.fulfilments.at(-1)).toMatchObject({ kind: 'fulfilled', evidence: r.reality.questionId });
    expect(q.resolver.realityQuestions).toEqual(questions);
    expect(q.resolver.realityAnswers).toEqual(answers);
    expect(q.resolver).toMatchObject({ panel: null, panelApprovals: [], umaConfig: null, umaAssertions: [] });

    // ---- T17: the UMA assertions (X Corp's disputed, Joe's undisputed and settled true)
    const u = await threatOf(ids.uma);
    expect(u.threat).toMatchObject({
      status: 'fulfilled',
      endCause: 'fulfilled',
      resolverKind: 'uma',
      resolver: lower(d.umaResolver!),
    });
    expect(resolverEvents(u, 'UmaResolver')).toEqual([
      'UmaConfigured',
      'FulfilmentAsserted',
      'AssertionHeld',
      'AssertionDisputed',
      'AssertionHeld',
      'FulfilmentAsserted',
      'AssertionHeld',
      'AssertionResolved',
      'OutcomeApplied',
    ]);
    const [config] = await db.select().from(schema.umaConfig).where(eq(schema.umaConfig.threatId, ids.uma));
    expect(config).toEqual({
      threatId: ids.uma,
      resolver: lower(d.umaResolver!),
      bond: r.uma.bond,
      liveness: r.uma.liveness,
      claimHash: keccak256(toBytes(r.uma.claim)),
      claim: r.uma.claim,
    });
    const assertions = await db.select().from(schema.umaAssertion).where(eq(schema.umaAssertion.threatId, ids.uma));
    const byId = new Map(assertions.map((a) => [a.assertionId, a]));
    expect(assertions).toHaveLength(2);
    const disputed = byId.get(r.uma.disputed.assertionId)!;
    const settled = byId.get(r.uma.settled.assertionId)!;
    expect(disputed).toMatchObject({
      resolver: lower(d.umaResolver!),
      asserter: lower(r.uma.disputed.asserter),
      bond: r.uma.bond,
      truthful: null,
      resolvedAt: null,
      applied: null,
    });
    expect(disputed.expiration).toBe(disputed.assertedAt + r.uma.liveness);
    expect(disputed.disputedAt).toBe(timeOf(u, 'AssertionDisputed'));
    expect(settled).toMatchObject({
      resolver: lower(d.umaResolver!),
      asserter: lower(r.uma.settled.asserter),
      bond: r.uma.bond,
      disputedAt: null,
      truthful: true,
      applied: true,
    });
    expect(settled.expiration).toBe(settled.assertedAt + r.uma.liveness);
    expect(settled.assertedAt).toBeGreaterThan(disputed.assertedAt);
    expect(settled.resolvedAt).toBe(timeOf(u, 'Fulfilled'));
    // The dispute extended the hold past the first assertion's liveness + SETTLE_WINDOW; the later, shorter hold
    // did not shorten it: both rows show the hold the resolver recorded last.
    const onChainUma = await chain.client.readContract({
      address: d.umaResolver!,
      abi: umaResolverAbi,
      functionName: 'describe',
      args: [ids.uma],
    });
    expect(settled.heldUntil).toBe(Number(onChainUma.heldUntil));
    expect(disputed.heldUntil).toBe(settled.heldUntil);
    expect(disputed.heldUntil).toBeGreaterThan(disputed.assertedAt + r.uma.liveness + 86400);
    expect(u.fulfilments.at(-1)).toMatchObject({ kind: 'fulfilled', evidence: r.uma.settled.assertionId });
    expect(u.resolver.umaConfig).toEqual(config);
    expect([...u.resolver.umaAssertions].sort((x, y) => x.assertedAt - y.assertedAt)).toEqual([disputed, settled]);
    expect(u.resolver).toMatchObject({ panel: null, panelApprovals: [], realityQuestions: [], realityAnswers: [] });

    // A threat judged by an account has no resolver rows.
    expect((await threatOf(ids.fulfilled)).resolver).toEqual({
      panel: null,
      panelApprovals: [],
      realityQuestions: [],
      realityAnswers: [],
      umaConfig: null,
      umaAssertions: [],
    });
  });

  it('indexes engagements, nonces, fees, NASH balances, dividends, withdrawals, beacons and VRF tickets', async () => {
    const db = sqlClient(ix).db;
    const engagements = await listEngagements(api, { provider: chain.address('prFirm') });
    expect(engagements).toHaveLength(1);
    expect(engagements[0]).toMatchObject({
      id: scenario.engagementAccepted,
      source: 'onchain',
      uses: 2,
      threats: 2,
      escalations: 1,
      nonce: 7n,
      minStake: ETH / 10n,
    });
    const law = await listEngagements(api, { provider: chain.address('lawFirm') });
    expect(law.map((e) => e.source).sort()).toEqual(['signature', 'signature', 'signature']);
    const revocations = await db.select().from(schema.nonceRevocation);
    expect(revocations.map((r) => r.nonce).sort()).toEqual([50n, 99n]);

    const fees = await db.select().from(schema.fee);
    const byMove = Object.fromEntries(fees.map((f) => [f.move, f]));
    expect(byMove.commitment).toMatchObject({ fee: 5n * ETH, pendingFee: null });
    // Four probabilistic creates at 25 NASH; commitments at 10, then 5 NASH (more are created by later tests).
    expect(byMove.probabilistic).toMatchObject({ fee: 30n * ETH, pendingFee: null, burns: 4, burned: 100n * ETH });
    const ledger = (await searchThreats(api, { limit: 500 })).items;
    const commitments = ledger.filter((t) => t.kind === 'commitment');
    expect(byMove.commitment!.burns).toBe(commitments.length);
    expect(byMove.commitment!.burned).toBe(commitments.reduce((sum, t) => sum + t.fee, 0n));
    const changes = await db.select().from(schema.feeChange);
    expect(changes.map((c) => c.kind).sort()).toEqual(['scheduled', 'set', 'set', 'set', 'set']);

    const [registryMeta] = await db.select().from(schema.meta).where(eq(schema.meta.id, 'registry'));
    expect(registryMeta).toMatchObject({ threats: ledger.length, feeController: chain.address('spare').toLowerCase() });
    const [nashMeta] = await db.select().from(schema.meta).where(eq(schema.meta.id, 'nash'));
    expect(nashMeta!.nashBurned).toBe(byMove.commitment!.burned + byMove.probabilistic!.burned);
    expect(nashMeta!.nashSupply).toBe(1_000_000n * ETH - nashMeta!.nashBurned);
    expect(nashMeta!.nashDistributed).toBe(2n * ETH + ETH / 2n);
    expect(nashMeta!.nashClaimed).toBeGreaterThan(0n);
    const law2 = await getTrackRecord(api, { address: chain.address('lawFirm') });
    expect(law2.nash).toMatchObject({ balance: 10_000n * ETH, excluded: false });
    expect(law2.nash!.dividendsClaimed).toBe(nashMeta!.nashClaimed);
    const excluded = await db.select().from(schema.nashHolder);
    expect(excluded.filter((h) => h.excluded)).toHaveLength(1);

    const withdrawals = await db.select().from(schema.withdrawal);
    expect(withdrawals).toEqual([
      expect.objectContaining({ account: chain.address('spare').toLowerCase(), amount: ETH / 4n }),
    ]);
    const beacons = await db.select().from(schema.beacon);
    expect(Object.fromEntries(beacons.map((b) => [b.kind, b.allowed]))).toEqual({
      block: true,
      vrf: true,
      other: true,
    });
    expect(beacons.find((b) => b.kind === 'vrf')!.lapseBlocks).toBe(5);
    const tickets = await db.select().from(schema.beaconTicket);
    expect(tickets).toHaveLength(5);
    expect(tickets.filter((t) => t.answeredBlock !== null)).toHaveLength(1);
    expect(tickets.reduce((n, t) => n + t.ignoredAnswers, 0)).toBe(1);
    expect(tickets.every((t) => t.threatId === scenario.ids.vrf)).toBe(true);
  });

  it('keeps per-address aggregates: track records and the directory', async () => {
    const oracle = await getTrackRecord(api, { address: chain.address('oracle') });
    expect(oracle.asOracle).toMatchObject({
      kind: 'account',
      threatsJudged: 14,
      fulfilments: 2,
      promisesBroken: 1,
      claims: 2,
      disputesLost: 2,
    });
    expect(oracle.asOracle.ended).toBe(10);
    expect(oracle.asOracle.decisionTime.n).toBe(2); // claims decided: T1 (the adversary's evidence → fulfilled), T5 (held → released)
    expect(oracle.asOracle.silentTimeouts).toBe(5); // T2, T3, T11, T12, T13 timed out with no hold and no evidence from it

    const law = await getTrackRecord(api, { address: chain.address('lawFirm') });
    expect(law.asProvider).toMatchObject({
      engagements: 3,
      engagementsAccepted: 0,
      revocations: 2,
      threats: 3,
      escalationsReceived: 1,
      escalationsActedOn: 1,
      actedRate: 1,
    });
    expect(law.asProvider.escalatedAmount).toBe(3n * ETH);
    expect(law.asProvider.timeToAct.n).toBe(1);
    const pr = await getTrackRecord(api, { address: chain.address('prFirm') });
    expect(pr.asProvider).toMatchObject({
      engagements: 1,
      engagementsAccepted: 1,
      threats: 2,
      escalationsReceived: 1,
      escalationsActedOn: 1,
    });

    const mike = await getTrackRecord(api, { address: chain.address('mike') });
    expect(mike.asMaker).toMatchObject({ threats: 4, escalated: 1, fulfilled: 1, cancelled: 1, refunded: 1, open: 0 });
    const xcorp = await getTrackRecord(api, { address: chain.address('xcorp') });
    expect(xcorp.asFunder).toMatchObject({ threats: 2, amount: 3n * ETH, reclaimed: 3n * ETH });
    expect(xcorp.account!.evidenceSubmitted).toBe(1);
    const spare = await getTrackRecord(api, { address: chain.address('spare') });
    expect(spare.account!.withdrawn).toBe(ETH / 4n);
    expect(spare.asBeneficiary.refundsReceived).toBe(ETH / 4n);
    const nobody = await getTrackRecord(api, { address: '0x000000000000000000000000000000000000dEaD' });
    expect(nobody.account).toBeNull();

    const providers = await getDirectory(api, { role: 'provider' });
    expect(providers.items.map((p) => p.address).sort()).toEqual(
      [chain.address('lawFirm'), chain.address('prFirm')].map((a) => a.toLowerCase()).sort(),
    );
    expect(providers.items.every((p) => p.rate === 1)).toBe(true);
    const oracles = await getDirectory(api, { role: 'oracle', sort: 'fulfilments' });
    expect(oracles.items[0]).toMatchObject({
      rank: 1,
      address: chain.address('oracle').toLowerCase(),
      resolverKind: 'account',
      positive: 2,
    });

    const shares = await listFunderShares(api, { address: chain.address('joe') });
    expect(shares.map((s) => [s.threatId, s.reclaimable])).toEqual(
      expect.arrayContaining([
        [scenario.ids.pool, false],
        [scenario.ids.cancelledPool, false],
      ]),
    );
    const desk = await listProviderEscalations(api, { provider: chain.address('lawFirm') });
    expect(desk.items).toHaveLength(1);
    expect(desk.items[0]).toMatchObject({ threatId: scenario.ids.escalated, terms: "Mike's raise", actedCount: 2 });
  });

  it('answers the ledger: filters, sorts, keyset pages, stats and streamed exports', async () => {
    const all = await searchThreats(api, { limit: 500, count: true });
    expect(all.total).toBeGreaterThanOrEqual(14);
    const scenarioIds = new Set(Object.values(scenario.ids));
    const mine = (rows: ThreatRow[]) => rows.filter((r) => scenarioIds.has(r.id));

    // Pages of 4 sorted by stake then id cover every threat once, in order.
    const seen: ThreatRow[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof searchThreats>> = await searchThreats(api, {
        sort: 'stake',
        order: 'asc',
        limit: 4,
        cursor,
      });
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((r) => r.id).sort()).toEqual(all.items.map((r) => r.id).sort());
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.stake >= seen[i - 1]!.stake).toBe(true);

    expect(
      mine((await searchThreats(api, { status: ['escalated'] })).items)
        .map((r) => r.id)
        .sort(),
    ).toEqual([scenario.ids.escalated, scenario.ids.drawEscalated].sort());
    expect(mine((await searchThreats(api, { kind: 'probabilistic', limit: 100 })).items)).toHaveLength(4);
    expect((await searchThreats(api, { q: 'HORNET' })).items.map((r) => r.id)).toEqual([scenario.ids.drawEscalated]);
    expect((await searchThreats(api, { q: '100%' })).items.map((r) => r.id)).toEqual([scenario.ids.drawEscalated]);
    expect(
      mine((await searchThreats(api, { minStake: 2n * ETH, maxStake: 3n * ETH })).items)
        .map((r) => r.id)
        .sort(),
    ).toEqual([scenario.ids.forfeited, scenario.ids.escalated, scenario.ids.backed, scenario.ids.cancelledPool].sort());
    expect((await searchThreats(api, { minP: 500_000_000 })).items.map((r) => r.id)).toEqual([
      scenario.ids.drawEscalated,
    ]);
    expect(mine((await searchThreats(api, { minPeriod: 600, maxPeriod: 600 })).items)).toHaveLength(3);
    expect(
      (await threatsByRole(api, { role: 'provider', address: chain.address('prFirm') })).items.map((r) => r.id).sort(),
    ).toEqual([scenario.ids.drawEscalated, scenario.ids.held].sort());
    expect(
      mine(
        (
          await threatsByRole(api, {
            role: 'maker',
            address: chain.address('mike'),
            status: ['fulfilled', 'cancelled'],
          })
        ).items,
      ),
    ).toHaveLength(2);
    expect(
      mine((await threatsByRole(api, { role: 'beneficiary', address: chain.address('spare') })).items).map((r) => r.id),
    ).toEqual([scenario.ids.unpaid]);
    expect(mine((await threatsByRole(api, { role: 'any', address: chain.address('lawFirm') })).items)).toHaveLength(3);
    expect((await searchThreats(api, { resolverKind: ['uma'] })).items.map((r) => r.id)).toEqual([scenario.ids.uma]);
    expect(
      mine((await searchThreats(api, { resolverKind: ['panel', 'reality'] })).items)
        .map((r) => r.id)
        .sort(),
    ).toEqual([scenario.ids.panel, scenario.ids.reality].sort());
    const t1 = (await threatOf(scenario.ids.fulfilled)).threat;
    expect(
      mine((await searchThreats(api, { createdFrom: t1.createdAt, createdTo: t1.createdAt })).items).map((r) => r.id),
    ).toContain(scenario.ids.fulfilled);
    await expect(searchThreats(api, { maker: 'not-an-address' })).rejects.toThrow(/400.*maker/);

    const stats = await getLedgerStats(api, { groupBy: 'kind', filter: { createdTo: scenario.endTime } });
    const byKind = Object.fromEntries(stats.rows.map((r) => [r.bucket, r]));
    expect(byKind.probabilistic).toMatchObject({ total: 4, escalated: 1, open: 3, ended: 1, escalationRate: 1 });
    expect(byKind.commitment!.fulfilled).toBe(5); // T1, T8 by the oracle; T15-T17 by the resolver contracts
    expect(byKind.commitment!.timeToComply.n).toBe(5);
    expect(stats.overall.total).toBe(byKind.probabilistic!.total + byKind.commitment!.total);
    const byP = await getLedgerStats(api, { groupBy: 'p', filter: { createdTo: scenario.endTime } });
    expect(byP.rows.find((r) => r.bucket === 'gte25')).toMatchObject({ total: 1, escalated: 1 });
    expect(byP.rows.find((r) => r.bucket === 'none')!.label).toMatch(/commitment/);
    const byStake = await getLedgerStats(api, {
      groupBy: 'stake',
      filter: { status: ['refunded'], createdTo: scenario.endTime },
    });
    expect(byStake.overall.refundRate).toBe(1);

    const csv = await (await fetch(exportUrl(api, { format: 'csv', query: { sort: 'id', order: 'asc' } }))).text();
    const lines = csv.trim().split('\n');
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['id', 'kind', 'status']);
    expect(lines).toHaveLength(all.total! + 1);
    expect(csv).toContain('"Jane\'s refund: pay back $10,000"'.replace(/"/g, '')); // no comma: unquoted
    const json = (await (await fetch(exportUrl(api, { format: 'json', query: { status: ['escalated'] } }))).json()) as {
      id: string;
    }[];
    expect(
      json
        .map((r) => BigInt(r.id))
        .filter((id) => scenarioIds.has(id))
        .sort(),
    ).toEqual([scenario.ids.escalated, scenario.ids.drawEscalated].sort());
  });

  it('tells the keeper which threats are due, cheaply, and how far it is behind', async () => {
    const head = await chain.client.getBlock({ blockTag: 'latest' });
    await waitForIndexed(ix, head.number);
    const due = await getAllDueThreats(api, { now: head.timestamp, block: head.number });
    const byId = new Map(due.map((d) => [d.id, d]));
    // T5 (pending block draw, ticket mined), T6 and T7 (deadline passed during the 3-day warp) are due; T14 is not.
    expect(byId.get(scenario.ids.held)?.reason).toBe('draws-ready');
    expect(byId.has(scenario.ids.vrf)).toBe(true);
    expect(byId.has(scenario.ids.refused)).toBe(true);
    expect(byId.has(scenario.ids.future)).toBe(false);
    for (const id of [scenario.ids.fulfilled, scenario.ids.forfeited, scenario.ids.pool])
      expect(byId.has(id)).toBe(false);
    const paged = await getDueThreats(api, { now: head.timestamp, block: head.number, limit: 1 });
    expect(paged.items).toHaveLength(1);
    expect(paged.nextCursor).toBe(String(paged.items[0]!.id));
    const later = await getAllDueThreats(api, { now: scenario.endTime + 31 * 86400, block: head.number });
    expect(later.map((d) => d.id)).toContain(scenario.ids.future);

    const status = await getIndexerStatus(api);
    expect(status).toMatchObject({ chainId: 31337, registry: chain.registry.toLowerCase(), ready: true });
    expect(status.headBlock).toBeGreaterThanOrEqual(status.indexedBlock);
    expect(status.lagBlocks).toBe(status.headBlock! - status.indexedBlock);
    const up = await isIndexerAvailable(api, { chainId: 31337 });
    expect(up.available).toBe(true);
    const wrongChain = await isIndexerAvailable(api, { chainId: 1 });
    expect(wrongChain).toMatchObject({ available: false });
  });

  it('keeps the planner statistics: the API runs ANALYZE once the tables have grown', async () => {
    // PGlite has no autovacuum: without this its planner assumes tiny tables and sorts whole result sets.
    // (On Postgres it runs too, beside autovacuum.)
    await expect
      .poll(() => ix.output(), { timeout: 60_000, interval: 500 })
      .toMatch(/planner statistics updated: ANALYZE at [1-9]\d* threats/);
  });

  it('resumes after a crash without duplicating or losing events', async () => {
    await ix.kill(); // SIGKILL: no graceful shutdown
    // While it is down: a new threat and a settled one.
    const now = await chainTime(chain);
    // (Deployer and keeper: roles the scenario's track-record assertions do not count.)
    const id = await create(
      chain,
      chain.wallet('deployer'),
      {
        resolver: chain.address('keeper'),
        beneficiary: chain.address('deployer'),
        deadline: now + 86400,
        timeoutAction: 0,
        terms: `created while the ${backend} indexer was down`,
      },
      ETH / 10n,
    );
    const head = await headBlock(chain);
    ix =
      backend === 'pglite'
        ? startIndexer({
            rpcUrl: chain.rpcUrl,
            deploymentsFile: chain.deploymentsFile,
            port: PORTS.pglite,
            pgliteDir: join(dir, 'pglite'),
            logFile: join(dir, 'pglite.log'),
          })
        : startIndexer({
            rpcUrl: chain.rpcUrl,
            deploymentsFile: chain.deploymentsFile,
            port: PORTS.postgres,
            databaseUrl: pg!.url,
            schema: 'levetrage_test',
            logFile: join(dir, 'postgres.log'),
          });
    if (backend === 'pglite') pgliteIndexer = ix;
    await waitForIndexed(ix, head, 240_000);
    expect(ix.output()).toMatch(/crash recovery/i);
    expect(ix.output()).not.toMatch(/Created database tables/);
    const t = await threatOf(id);
    expect(t.threat.terms).toContain('was down');
    const [onChain, indexed] = await Promise.all([chainEventCounts(head), indexedEventCounts(ix)]);
    expect(indexed).toEqual(onChain);
  });

  it('rolls back a short reorg', async () => {
    const before = await headBlock(chain);
    await waitForIndexed(ix, before);
    const snapshot = await rpc(chain.rpcUrl, 'evm_snapshot', []);
    const now = await chainTime(chain);
    const orphan = await create(
      chain,
      chain.wallet('deployer'),
      {
        resolver: chain.address('keeper'),
        beneficiary: chain.address('deployer'),
        deadline: now + 86400,
        timeoutAction: 0,
        terms: 'orphaned by a reorg',
      },
      ETH / 10n,
    );
    await mine(chain, 1);
    await waitForIndexed(ix, await headBlock(chain));
    expect((await threatOf(orphan)).threat.terms).toBe('orphaned by a reorg');

    // Replace those blocks with a longer branch where the same id belongs to another threat.
    expect(await rpc(chain.rpcUrl, 'evm_revert', [snapshot])).toBe(true);
    const replacement = await create(
      chain,
      chain.wallet('keeper'),
      {
        resolver: chain.address('deployer'),
        beneficiary: chain.address('keeper'),
        deadline: now + 86400,
        timeoutAction: 0,
        terms: 'the canonical branch',
      },
      ETH / 5n,
    );
    expect(replacement).toBe(orphan);
    await mine(chain, 3);
    const head = await headBlock(chain);
    await waitForIndexed(ix, head);
    await expect
      .poll(async () => (await threatOf(orphan)).threat.terms, { timeout: 30_000 })
      .toBe('the canonical branch');
    const t = await threatOf(orphan);
    expect(t.threat.maker).toBe(chain.address('keeper').toLowerCase());
    expect(t.events.filter((e) => e.name === 'ThreatCreated')).toHaveLength(1);
    const [onChain, indexed] = await Promise.all([chainEventCounts(head), indexedEventCounts(ix)]);
    expect(indexed).toEqual(onChain);
    // The orphan's aggregates were rolled back with it.
    for (const role of ['deployer', 'keeper'] as const) {
      const record = await getTrackRecord(api, { address: chain.address(role) });
      expect(record.asMaker.threats).toBe(
        (await threatsByRole(api, { role: 'maker', address: chain.address(role), limit: 500 })).items.length,
      );
      expect(record.asOracle.threatsJudged).toBe(
        (await threatsByRole(api, { role: 'resolver', address: chain.address(role), limit: 500 })).items.length,
      );
    }
  });
});
