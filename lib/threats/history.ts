/**
 * Rebuilds threats' histories from the registry's decoded event logs. Pure (no RPC): `read.ts` fetches
 * the logs, this folds them, so the same fold serves one threat's page and the desks' lists.
 */
import type { Address, Hex } from 'viem';
import { actionKey, drawOutcomeKey } from '../contracts/enums.generated';
import type {
  DrawRequest,
  ThreatDraw,
  ThreatEnd,
  ThreatOdds,
  ThreatStatus,
  ThreatSummary,
  TimeoutAction,
} from './types';

/** The names of the registry events that carry a threat id as their first indexed topic. */
export const THREAT_EVENT_NAMES = [
  'ThreatCreated',
  'OddsSet',
  'FeeBurned',
  'Fulfilled',
  'DrawRequested',
  'DrawSettled',
  'Escalated',
  'Refunded',
  'Forfeited',
] as const;
export type ThreatEventName = (typeof THREAT_EVENT_NAMES)[number];

/** The fields of a decoded log this fold uses (a viem `parseEventLogs` result fits). */
export interface DecodedThreatLog {
  eventName: string;
  args: Record<string, unknown>;
  transactionHash: Hex | null;
  blockNumber: bigint | null;
  logIndex: number | null;
  blockTimestamp?: bigint | null;
}

/** One threat's history as folded from its logs (no view call involved). */
export interface ThreatHistory {
  id: bigint;
  created?: {
    maker: Address;
    provider: Address;
    stake: bigint;
    agreementHash: Hex;
    terminators: Address[];
    deadline: number;
    timeoutAction: TimeoutAction;
    terms: string;
    txHash: Hex;
    blockNumber: bigint;
    timestamp?: number;
  };
  odds?: ThreatOdds & { start: number };
  draws: ThreatDraw[];
  requests: DrawRequest[];
  feesBurned: bigint;
  fulfilledBy?: { terminator: Address; txHash: Hex };
  end: (Omit<ThreatEnd, 'timestamp'> & { timestamp?: number }) | null;
}

const ts = (log: DecodedThreatLog) => (log.blockTimestamp != null ? Number(log.blockTimestamp) : undefined);

/** Orders logs as the chain did: by block, then by position in the block. */
export function sortLogs<T extends DecodedThreatLog>(logs: T[]): T[] {
  return [...logs].sort((a, b) => {
    const ba = a.blockNumber ?? 0n;
    const bb = b.blockNumber ?? 0n;
    if (ba !== bb) return ba < bb ? -1 : 1;
    return (a.logIndex ?? 0) - (b.logIndex ?? 0);
  });
}

/**
 * Folds decoded registry logs (of any number of threats, any order) into one history per threat id.
 * Logs of other events are ignored. Pending logs (no block number yet) are skipped.
 */
export function foldThreatLogs(logs: DecodedThreatLog[]): Map<bigint, ThreatHistory> {
  const out = new Map<bigint, ThreatHistory>();
  const get = (id: bigint): ThreatHistory => {
    let h = out.get(id);
    if (!h) {
      h = { id, draws: [], requests: [], feesBurned: 0n, end: null };
      out.set(id, h);
    }
    return h;
  };
  for (const log of sortLogs(logs)) {
    if (log.blockNumber == null || log.transactionHash == null) continue;
    const a = log.args;
    if (typeof a?.id !== 'bigint') continue;
    const h = get(a.id);
    const where = { txHash: log.transactionHash, blockNumber: log.blockNumber };
    switch (log.eventName) {
      case 'ThreatCreated':
        h.created = {
          maker: a.maker as Address,
          provider: a.provider as Address,
          stake: a.stake as bigint,
          agreementHash: a.agreementHash as Hex,
          terminators: [...(a.terminators as readonly Address[])],
          deadline: Number(a.deadline),
          timeoutAction: actionKey(a.timeoutAction as number),
          terms: a.terms as string,
          ...where,
          timestamp: ts(log),
        };
        break;
      case 'OddsSet':
        h.odds = {
          beacon: a.beacon as Address,
          period: Number(a.period),
          pEscalate: Number(a.pEscalate),
          pTerminate: Number(a.pTerminate),
          start: Number(a.start),
        };
        break;
      case 'FeeBurned':
        h.feesBurned += a.amount as bigint;
        break;
      case 'DrawRequested':
        h.requests.push({
          fromPeriod: Number(a.fromPeriod),
          throughPeriod: Number(a.throughPeriod),
          ticket: Number(a.ticket),
          ...where,
        });
        break;
      case 'DrawSettled':
        h.draws.push({
          period: Number(a.period),
          value: a.value as Hex,
          outcome: drawOutcomeKey(a.outcome as number),
          lapsed: Boolean(a.lapsed),
          ...where,
        });
        break;
      case 'Fulfilled':
        h.fulfilledBy = { terminator: a.terminator as Address, txHash: log.transactionHash };
        break;
      case 'Refunded': {
        const fulfilled = h.fulfilledBy?.txHash === log.transactionHash;
        h.end = {
          kind: fulfilled ? 'fulfilled' : 'refunded',
          amount: a.amount as bigint,
          paid: Boolean(a.paid),
          ...(fulfilled ? { by: h.fulfilledBy!.terminator } : {}),
          ...endingDraw(h, log.transactionHash),
          ...where,
          timestamp: ts(log),
        };
        break;
      }
      case 'Escalated':
        h.end = {
          kind: 'escalated',
          amount: a.amount as bigint,
          paid: Boolean(a.paid),
          ...endingDraw(h, log.transactionHash),
          ...where,
          timestamp: ts(log),
        };
        break;
      case 'Forfeited':
        h.end = { kind: 'forfeited', amount: a.amount as bigint, paid: true, ...where, timestamp: ts(log) };
        break;
      default:
        break;
    }
  }
  return out;
}

/** The non-neutral draw settled in the same transaction as the end, if any. */
function endingDraw(h: ThreatHistory, txHash: Hex): { period?: number } {
  const last = h.draws[h.draws.length - 1];
  return last && last.txHash === txHash && last.outcome !== 'continue' ? { period: last.period } : {};
}

/** The status a history implies (events only): live until an end event, then that end. */
export function statusFromHistory(h: ThreatHistory): ThreatStatus {
  if (!h.created) return 'none';
  return h.end ? h.end.kind : 'live';
}

/** A list entry from a history; undefined when the creation event is missing (outside the scanned range). */
export function summaryFromHistory(h: ThreatHistory, chainId: number): ThreatSummary | undefined {
  const c = h.created;
  if (!c) return undefined;
  return {
    id: h.id,
    chainId,
    kind: h.odds ? 'probabilistic' : 'commitment',
    status: statusFromHistory(h),
    maker: c.maker,
    stake: c.stake,
    provider: c.provider,
    agreementHash: c.agreementHash,
    terminators: c.terminators,
    deadline: c.deadline,
    start: h.odds?.start ?? c.timestamp ?? 0,
    timeoutAction: c.timeoutAction,
    terms: c.terms,
    ...(h.odds
      ? {
          odds: {
            beacon: h.odds.beacon,
            period: h.odds.period,
            pEscalate: h.odds.pEscalate,
            pTerminate: h.odds.pTerminate,
          },
        }
      : {}),
    settledPeriods: h.draws.length,
    // A live threat only ever resolves whole requests, so the last request tells what is pending now.
    pendingThrough: Math.max(h.draws.length, h.requests.at(-1)?.throughPeriod ?? 0),
    ticket: h.requests.at(-1)?.ticket ?? 0,
    created: { txHash: c.txHash, blockNumber: c.blockNumber, timestamp: c.timestamp },
    end: h.end,
  };
}
