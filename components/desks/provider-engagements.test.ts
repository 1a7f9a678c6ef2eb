import { describe, expect, it } from 'vitest';
import { zeroHash, type Address, type Hex } from 'viem';
import type { EscalationRecord, ThreatSummary } from '@/lib/threats/types';
import { escalationTrust, groupEngagements, type AcceptedEngagement } from './provider-engagements';
import { evidenceHashProblem } from './evidence-hash';

const PROVIDER = '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc' as Address;
const JANE = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as Address;
const E1 = `0x${'e1'.repeat(32)}` as Hex;
const E2 = `0x${'e2'.repeat(32)}` as Hex;
const E3 = `0x${'e3'.repeat(32)}` as Hex;

function threat(id: bigint, engagementId: Hex): ThreatSummary {
  return {
    id,
    chainId: 31337,
    kind: 'commitment',
    status: 'live',
    maker: JANE,
    beneficiary: JANE,
    stake: 10n ** 18n,
    provider: PROVIDER,
    agreementHash: `0x${'ab'.repeat(32)}`,
    engagementId,
    resolver: JANE,
    adversary: '0x0000000000000000000000000000000000000000',
    isPromise: false,
    deadline: 2_000_000_000,
    start: 1_900_000_000,
    timeoutAction: 'escalate',
    terms: `threat ${id}`,
    settledPeriods: 0,
    pendingThrough: 0,
    ticket: 0,
    fee: 0n,
    created: { txHash: '0x01', blockNumber: 1n },
    end: null,
  };
}

function escalation(id: bigint, engagementId: Hex): EscalationRecord {
  return {
    id,
    chainId: 31337,
    registry: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
    provider: PROVIDER,
    engagementId,
    agreementHash: `0x${'ab'.repeat(32)}`,
    amount: 1n,
    paid: true,
    terms: '',
    maker: JANE,
    txHash: '0x02',
    blockNumber: 2n,
    timestamp: 1,
  };
}

const accepted: AcceptedEngagement = {
  engagementId: E2,
  engagement: {
    provider: PROVIDER,
    maker: JANE,
    agreementHash: `0x${'cd'.repeat(32)}`,
    minStake: 1n,
    maxStake: 0n,
    kinds: 1,
    validUntil: 2_000_000_000,
    uses: 2,
    nonce: 5n,
  },
  txHash: '0x03',
  blockNumber: 3n,
};

describe('the provider desk’s engagements', () => {
  it('groups threats by engagement, says which were accepted on chain, and lists unused accepted ones', () => {
    const threats = [threat(1n, E1), threat(2n, E1), threat(3n, E3), threat(4n, zeroHash)];
    const unused = { ...accepted, engagementId: `0x${'f0'.repeat(32)}` as Hex };
    const groups = groupEngagements(threats, [{ ...accepted, engagementId: E3 }, unused]);
    expect(groups.map((g) => [g.engagementId, g.how, g.threats.map((t) => t.id)])).toEqual([
      [E1, 'signed', [1n, 2n]],
      [E3, 'accepted on chain', [3n]],
      [unused.engagementId, 'accepted on chain', []],
    ]);
    expect(groups[1].engagement?.uses).toBe(2);
  });

  it('trusts an escalation only of the engagement its threat was created with', () => {
    const threats = [threat(1n, E1)];
    expect(escalationTrust(escalation(1n, E1), threats)).toBe('trusted');
    expect(escalationTrust(escalation(1n, zeroHash), threats)).toBe('untrusted');
    expect(escalationTrust(escalation(1n, E2), threats)).toBe('untrusted');
    expect(escalationTrust(escalation(9n, E1), threats)).toBe('untrusted');
  });

  it('asks for a real sha-256 as the evidence that the provider acted', () => {
    expect(evidenceHashProblem('')).toMatch(/Choose the evidence file/);
    expect(evidenceHashProblem('0x12')).toMatch(/0x followed by 64 hex digits/);
    expect(evidenceHashProblem(zeroHash)).toMatch(/all zeros/);
    expect(evidenceHashProblem(`0x${'ab'.repeat(32)}`)).toBeNull();
  });
});
