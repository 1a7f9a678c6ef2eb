// Handlers of the resolver contracts' own events (panel, Reality.eth, UMA), registered only for the resolvers
// the deployment records (indexer/deployment.ts: `panelResolver`, `realityResolver`, `umaResolver`).
// The registry's events already carry every decision (FulfilmentClaimed, ClaimReleased, Fulfilled,
// PromiseBroken); these add who approved, answered, asserted or disputed, and with what bond.
// Resolver events come from indexer/resolver-abis.ts (generated from the resolver artifacts).
import { ponder } from 'ponder:registry';
import { panel, panelApproval, realityAnswer, realityQuestion, umaAssertion, umaConfig } from 'ponder:schema';
import { settings } from '../deployment';
import { lower } from '../core/rows';
import { logEvent, when } from './shared';

const { resolvers } = settings;

if (resolvers.panel) {
  const C = 'PanelResolver';
  ponder.on('PanelResolver:PanelSet', async ({ event, context }) => {
    const a = event.args;
    const members = a.members.map((m) => m.toLowerCase());
    await context.db.insert(panel).values({
      threatId: a.id,
      resolver: lower(event.log.address),
      members,
      k: Number(a.k),
      n: members.length,
      grace: Number(a.grace),
      approvals: 0,
    });
    await logEvent(context.db, event, C, 'PanelSet', a.id);
  });
  ponder.on('PanelResolver:Approved', async ({ event, context }) => {
    const a = event.args;
    const w = when(event);
    await context.db.insert(panelApproval).values({
      id: event.id,
      threatId: a.id,
      member: lower(a.member),
      evidence: a.evidence,
      count: Number(a.count),
      timestamp: w.timestamp,
      txHash: w.txHash,
    });
    await context.db.update(panel, { threatId: a.id }).set({ approvals: Number(a.count) });
    await logEvent(context.db, event, C, 'Approved', a.id);
  });
  ponder.on('PanelResolver:PanelHeld', async ({ event, context }) => {
    await context.db.update(panel, { threatId: event.args.id }).set({ heldUntil: Number(event.args.until) });
    await logEvent(context.db, event, C, 'PanelHeld', event.args.id);
  });
  ponder.on('PanelResolver:PanelDecided', async ({ event, context }) => {
    await context.db
      .update(panel, { threatId: event.args.id })
      .set({ decidedAt: when(event).timestamp, evidence: event.args.evidence });
    await logEvent(context.db, event, C, 'PanelDecided', event.args.id);
  });
  ponder.on('PanelResolver:RegistryCallFailed', async ({ event, context }) => {
    await logEvent(context.db, event, C, 'RegistryCallFailed', event.args.id);
  });
}

if (resolvers.reality) {
  const C = 'RealityResolver';
  ponder.on('RealityResolver:QuestionAsked', async ({ event, context }) => {
    const a = event.args;
    await context.db.insert(realityQuestion).values({
      questionId: a.questionId,
      threatId: a.id,
      resolver: lower(event.log.address),
      round: Number(a.round),
      arbitrator: lower(a.arbitrator),
      timeout: Number(a.timeout),
      minBond: a.minBond,
      answers: 0,
      askedAt: when(event).timestamp,
    });
    await logEvent(context.db, event, C, 'QuestionAsked', a.id);
  });
  ponder.on('RealityResolver:Answered', async ({ event, context }) => {
    const a = event.args;
    const w = when(event);
    await context.db.insert(realityAnswer).values({
      id: event.id,
      threatId: a.id,
      questionId: a.questionId,
      answerer: lower(a.answerer),
      yes: a.yes,
      bond: a.bond,
      timestamp: w.timestamp,
      txHash: w.txHash,
    });
    await context.db
      .update(realityQuestion, { questionId: a.questionId })
      .set((q) => ({ answers: q.answers + 1, lastAnswerYes: a.yes, lastBond: a.bond }));
    await logEvent(context.db, event, C, 'Answered', a.id);
  });
  ponder.on('RealityResolver:ClaimRecorded', async ({ event, context }) => {
    await context.db
      .update(realityQuestion, { questionId: event.args.questionId })
      .set({ claimedAt: when(event).timestamp });
    await logEvent(context.db, event, C, 'ClaimRecorded', event.args.id);
  });
  ponder.on('RealityResolver:HoldSynced', async ({ event, context }) => {
    await context.db
      .update(realityQuestion, { questionId: event.args.questionId })
      .set({ heldUntil: Number(event.args.until) });
    await logEvent(context.db, event, C, 'HoldSynced', event.args.id);
  });
  ponder.on('RealityResolver:QuestionResolved', async ({ event, context }) => {
    await context.db
      .update(realityQuestion, { questionId: event.args.questionId })
      .set({ resolvedYes: event.args.yes, resolvedAt: when(event).timestamp });
    await logEvent(context.db, event, C, 'QuestionResolved', event.args.id);
  });
  ponder.on('RealityResolver:RegistryCallFailed', async ({ event, context }) => {
    await logEvent(context.db, event, C, 'RegistryCallFailed', event.args.id);
  });
}

if (resolvers.uma) {
  const C = 'UmaResolver';
  ponder.on('UmaResolver:UmaConfigured', async ({ event, context }) => {
    const a = event.args;
    await context.db.insert(umaConfig).values({
      threatId: a.id,
      resolver: lower(event.log.address),
      bond: a.bond,
      liveness: Number(a.liveness),
      claimHash: a.claimHash,
      claim: a.claim,
    });
    await logEvent(context.db, event, C, 'UmaConfigured', a.id);
  });
  ponder.on('UmaResolver:FulfilmentAsserted', async ({ event, context }) => {
    const a = event.args;
    await context.db.insert(umaAssertion).values({
      assertionId: a.assertionId,
      threatId: a.id,
      resolver: lower(event.log.address),
      asserter: lower(a.asserter),
      bond: a.bond,
      expiration: Number(a.expiration),
      assertedAt: when(event).timestamp,
    });
    await logEvent(context.db, event, C, 'FulfilmentAsserted', a.id);
  });
  ponder.on('UmaResolver:AssertionHeld', async ({ event, context }) => {
    await context.db
      .update(umaAssertion, { assertionId: event.args.assertionId })
      .set({ heldUntil: Number(event.args.until) });
    await logEvent(context.db, event, C, 'AssertionHeld', event.args.id);
  });
  ponder.on('UmaResolver:AssertionDisputed', async ({ event, context }) => {
    await context.db
      .update(umaAssertion, { assertionId: event.args.assertionId })
      .set({ disputedAt: when(event).timestamp });
    await logEvent(context.db, event, C, 'AssertionDisputed', event.args.id);
  });
  ponder.on('UmaResolver:AssertionResolved', async ({ event, context }) => {
    await context.db
      .update(umaAssertion, { assertionId: event.args.assertionId })
      .set({ truthful: event.args.truthful, resolvedAt: when(event).timestamp });
    await logEvent(context.db, event, C, 'AssertionResolved', event.args.id);
  });
  ponder.on('UmaResolver:OutcomeApplied', async ({ event, context }) => {
    await context.db
      .update(umaAssertion, { assertionId: event.args.assertionId })
      .set({ applied: event.args.fulfilled });
    await logEvent(context.db, event, C, 'OutcomeApplied', event.args.id);
  });
  ponder.on('UmaResolver:RegistryCallFailed', async ({ event, context }) => {
    await logEvent(context.db, event, C, 'RegistryCallFailed', event.args.id);
  });
}
