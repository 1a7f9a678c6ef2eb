import { zeroAddress, zeroHash, type Address, type Hex } from 'viem';
import type { ThreatEnd, ThreatSummary } from '../threats/types';
import type { ThreatRow } from './types';

const addr = (v: string | null | undefined): Address => (v ?? zeroAddress) as Address;
const hex = (v: string | null | undefined): Hex => (v ?? zeroHash) as Hex;

/** How the row's end reads in the chain read model (null while open). */
function endOf(t: ThreatRow): ThreatSummary['end'] {
  if (t.endedAt === null || t.endedAt === undefined) return null;
  const kind: ThreatEnd['kind'] =
    t.status === 'fulfilled' || t.status === 'refunded' || t.status === 'escalated' || t.status === 'forfeited'
      ? t.status
      : 'cancelled';
  const amount = t.escalatedAmount ?? t.forfeitedAmount ?? t.refundedAmount ?? t.stake;
  return {
    kind,
    amount,
    // The row does not say whether the transfer went through (the desks' escalation list does).
    paid: true,
    txHash: hex(t.endTx),
    blockNumber: BigInt(t.endedBlock ?? 0),
    timestamp: t.endedAt,
    ...(t.status === 'fulfilled' ? { by: addr(t.resolver) } : {}),
    ...(t.endCause === 'breach' ? { breached: true } : {}),
  };
}

/**
 * An indexed threat row in the app's read model (`ThreatSummary`, what the desks and the home page render), so a
 * list reads the same whether it came from the indexer or from the chain. Absent optional values become the
 * zero address / zero hash, as the contract stores them.
 */
export function threatRowToSummary(t: ThreatRow, chainId: number): ThreatSummary {
  const pendingThrough = t.pendingThrough ?? t.settledPeriods;
  return {
    id: t.id,
    chainId,
    kind: t.kind,
    status: t.status,
    maker: addr(t.maker),
    beneficiary: addr(t.beneficiary),
    stake: t.stake,
    provider: addr(t.provider),
    agreementHash: hex(t.agreementHash),
    engagementId: hex(t.engagementId),
    resolver: addr(t.resolver),
    adversary: addr(t.adversary),
    isPromise: t.isPromise,
    deadline: t.deadline,
    start: t.start,
    timeoutAction: t.timeoutAction,
    terms: t.terms,
    ...(t.kind === 'probabilistic' && t.beacon
      ? {
          odds: {
            beacon: addr(t.beacon),
            period: t.period ?? 0,
            pEscalate: t.pEscalate ?? 0,
            pTerminate: t.pTerminate ?? 0,
            ...(t.beaconKind ? { beaconKind: t.beaconKind } : {}),
          },
        }
      : {}),
    settledPeriods: t.settledPeriods,
    pendingThrough: Math.max(pendingThrough, t.settledPeriods),
    ticket: t.ticket ?? 0,
    fee: t.fee,
    ...(t.linkedTo !== null && t.linkedTo !== undefined && t.linkedTo > 0n ? { linkedTo: t.linkedTo } : {}),
    ...(t.fundingCap !== null && t.fundingCap !== undefined
      ? {
          funding: {
            cap: t.fundingCap,
            backersRoot: hex(t.backersRoot),
            gatherUntil: t.gatherUntil ?? 0,
            minPledgers: t.minPledgers ?? 0,
            minTotal: t.minTotal ?? 0n,
          },
        }
      : {}),
    ...(t.status === 'claimed' && t.holdUntil
      ? { claim: { until: t.holdUntil, txHash: zeroHash, blockNumber: 0n } }
      : {}),
    created: { txHash: hex(t.createdTx), blockNumber: BigInt(t.createdBlock), timestamp: t.createdAt },
    end: endOf(t),
  };
}
