/**
 * Wire → typed: the indexer sends bigints as decimal strings; these turn the known bigint fields of each row
 * back into bigint. The key lists are checked against the row types at compile time (a bigint column added
 * to indexer/ponder.schema.ts without its key here fails `tsc`).
 */
import type {
  AccountRow,
  ActedRow,
  DrawRequestRow,
  DrawRow,
  EngagementRow,
  EscalationRow,
  EventLogRow,
  EvidenceRow,
  FulfilmentRow,
  FunderRow,
  FundingEventRow,
  NashHolderRow,
  PanelApprovalRow,
  PanelRow,
  RealityAnswerRow,
  RealityQuestionRow,
  ThreatRow,
  UmaAssertionRow,
  UmaConfigRow,
  Wire,
} from './types';

/** Keys of T whose values are bigint (or bigint | null). */
type BigintKeys<T> = { [K in keyof T]-?: [Extract<T[K], bigint>] extends [never] ? never : K }[keyof T];

/** A key list that names every bigint key of T, and nothing else. */
function keys<T>() {
  return <const L extends readonly BigintKeys<T>[]>(
    list: L & ([BigintKeys<T>] extends [L[number]] ? unknown : never),
  ) => list;
}

export const THREAT_BIGINTS = keys<ThreatRow>()([
  'id',
  'makerStake',
  'stake',
  'backed',
  'fee',
  'linkedTo',
  'fundingCap',
  'minTotal',
  'escalatedAmount',
  'refundedAmount',
  'forfeitedAmount',
] as const);
export const DRAW_BIGINTS = keys<DrawRow>()(['threatId'] as const);
export const DRAW_REQUEST_BIGINTS = keys<DrawRequestRow>()(['threatId'] as const);
export const ESCALATION_BIGINTS = keys<EscalationRow>()(['threatId', 'amount'] as const);
export const ACTED_BIGINTS = keys<ActedRow>()(['threatId'] as const);
export const FULFILMENT_BIGINTS = keys<FulfilmentRow>()(['threatId'] as const);
export const EVIDENCE_BIGINTS = keys<EvidenceRow>()(['threatId'] as const);
export const FUNDER_BIGINTS = keys<FunderRow>()(['threatId', 'share', 'joined', 'left', 'reclaimed'] as const);
export const FUNDING_EVENT_BIGINTS = keys<FundingEventRow>()(['threatId', 'amount', 'stakeAfter'] as const);
export const ENGAGEMENT_BIGINTS = keys<EngagementRow>()(['minStake', 'maxStake', 'nonce'] as const);
export const ACCOUNT_BIGINTS = keys<AccountRow>()([
  'makerStake',
  'refundsReceived',
  'providerEscalatedAmount',
  'funderAmount',
  'funderReclaimed',
  'withdrawn',
] as const);
export const EVENT_LOG_BIGINTS = keys<EventLogRow>()(['threatId'] as const);
export const PANEL_BIGINTS = keys<PanelRow>()(['threatId'] as const);
export const PANEL_APPROVAL_BIGINTS = keys<PanelApprovalRow>()(['threatId'] as const);
export const REALITY_QUESTION_BIGINTS = keys<RealityQuestionRow>()(['threatId', 'minBond', 'lastBond'] as const);
export const REALITY_ANSWER_BIGINTS = keys<RealityAnswerRow>()(['threatId', 'bond'] as const);
export const UMA_CONFIG_BIGINTS = keys<UmaConfigRow>()(['threatId', 'bond'] as const);
export const UMA_ASSERTION_BIGINTS = keys<UmaAssertionRow>()(['threatId', 'bond'] as const);
export const NASH_HOLDER_BIGINTS = keys<NashHolderRow>()([
  'balance',
  'burned',
  'dividendsClaimed',
  'excludedEarned',
] as const);

/** Converts the named fields of a wire row from decimal strings to bigint (null stays null). */
export function fromWire<T>(row: Wire<T>, bigintKeys: readonly PropertyKey[]): T {
  const out: Record<PropertyKey, unknown> = { ...(row as object) };
  for (const k of bigintKeys) {
    const v = out[k];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string' && typeof v !== 'number')
      throw new TypeError(`indexer field ${String(k)} is not a number: ${JSON.stringify(v)}`);
    out[k] = BigInt(v);
  }
  return out as T;
}

/** A bigint from its wire form. */
export const big = (v: string | number | bigint): bigint => BigInt(v);
