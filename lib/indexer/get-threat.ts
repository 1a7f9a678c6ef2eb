import { IndexerError, indexerGet, type IndexerClient } from './client';
import {
  ACTED_BIGINTS,
  DRAW_BIGINTS,
  DRAW_REQUEST_BIGINTS,
  ESCALATION_BIGINTS,
  EVENT_LOG_BIGINTS,
  EVIDENCE_BIGINTS,
  FULFILMENT_BIGINTS,
  FUNDER_BIGINTS,
  FUNDING_EVENT_BIGINTS,
  PANEL_APPROVAL_BIGINTS,
  PANEL_BIGINTS,
  REALITY_ANSWER_BIGINTS,
  REALITY_QUESTION_BIGINTS,
  THREAT_BIGINTS,
  UMA_ASSERTION_BIGINTS,
  UMA_CONFIG_BIGINTS,
  fromWire,
} from './parse';
import type {
  ActedRow,
  DrawRequestRow,
  DrawRow,
  EscalationRow,
  EventLogRow,
  EvidenceRow,
  FulfilmentRow,
  FunderRow,
  FundingEventRow,
  PanelApprovalRow,
  PanelRow,
  RealityAnswerRow,
  RealityQuestionRow,
  ThreatDetail,
  UmaAssertionRow,
  UmaConfigRow,
  ThreatRow,
  Wire,
} from './types';

/**
 * One threat with everything indexed about it (`GET /api/threats/:id`), or null when the indexer has no such
 * threat (not created, or not indexed yet: the public page stays chain-first and does not depend on this).
 */
export async function getIndexedThreat(client: IndexerClient, params: { id: bigint }): Promise<ThreatDetail | null> {
  let d: Wire<ThreatDetail>;
  try {
    d = await indexerGet<Wire<ThreatDetail>>(client, `/api/threats/${params.id.toString()}`);
  } catch (e) {
    if (e instanceof IndexerError && e.status === 404) return null;
    throw e;
  }
  return {
    threat: fromWire<ThreatRow>(d.threat, THREAT_BIGINTS),
    draws: d.draws.map((r) => fromWire<DrawRow>(r, DRAW_BIGINTS)),
    drawRequests: d.drawRequests.map((r) => fromWire<DrawRequestRow>(r, DRAW_REQUEST_BIGINTS)),
    fulfilments: d.fulfilments.map((r) => fromWire<FulfilmentRow>(r, FULFILMENT_BIGINTS)),
    evidence: d.evidence.map((r) => fromWire<EvidenceRow>(r, EVIDENCE_BIGINTS)),
    funders: d.funders.map((r) => fromWire<FunderRow>(r, FUNDER_BIGINTS)),
    fundingEvents: d.fundingEvents.map((r) => fromWire<FundingEventRow>(r, FUNDING_EVENT_BIGINTS)),
    escalation: d.escalation ? fromWire<EscalationRow>(d.escalation, ESCALATION_BIGINTS) : null,
    acted: d.acted.map((r) => fromWire<ActedRow>(r, ACTED_BIGINTS)),
    events: d.events.map((r) => fromWire<EventLogRow>(r, EVENT_LOG_BIGINTS)),
    resolver: {
      panel: d.resolver.panel ? fromWire<PanelRow>(d.resolver.panel, PANEL_BIGINTS) : null,
      panelApprovals: d.resolver.panelApprovals.map((r) => fromWire<PanelApprovalRow>(r, PANEL_APPROVAL_BIGINTS)),
      realityQuestions: d.resolver.realityQuestions.map((r) =>
        fromWire<RealityQuestionRow>(r, REALITY_QUESTION_BIGINTS),
      ),
      realityAnswers: d.resolver.realityAnswers.map((r) => fromWire<RealityAnswerRow>(r, REALITY_ANSWER_BIGINTS)),
      umaConfig: d.resolver.umaConfig ? fromWire<UmaConfigRow>(d.resolver.umaConfig, UMA_CONFIG_BIGINTS) : null,
      umaAssertions: d.resolver.umaAssertions.map((r) => fromWire<UmaAssertionRow>(r, UMA_ASSERTION_BIGINTS)),
    },
  };
}
