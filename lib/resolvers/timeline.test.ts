import { describe, expect, it } from 'vitest';
import { parseEther, type Address, type Hex } from 'viem';
import { buildTimeline } from './timeline';

const A = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as Address;
const H = `0x${'ab'.repeat(32)}` as Hex;
const tx = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hex;

describe('buildTimeline', () => {
  it('orders evidence, resolver steps and the decision by block, and marks the evidence the decision relied on', () => {
    const entries = buildTimeline({
      evidence: [{ submitter: A, role: 'maker', evidenceHash: H, uri: 'ipfs://x', txHash: tx(3), blockNumber: 3n }],
      resolverEvents: [
        { type: 'answered', who: A, yes: true, bond: parseEther('0.01'), txHash: tx(2), blockNumber: 2n, logIndex: 0 },
        { type: 'question-resolved', yes: true, txHash: tx(5), blockNumber: 5n, logIndex: 0 },
      ],
      end: {
        kind: 'fulfilled',
        amount: parseEther('1'),
        paid: true,
        by: A,
        evidence: H,
        txHash: tx(5),
        blockNumber: 5n,
      },
    });
    expect(entries.map((e) => e.kind)).toEqual(['resolver', 'evidence', 'resolver', 'decision']);
    expect(entries[0]!.text).toBe('0x7099…79C8 answered “yes” with a bond of 0.01 ETH.');
    expect(entries[1]).toMatchObject({ reliedOn: true, uri: 'ipfs://x' });
    expect(entries[1]!.text).toBe('Evidence from the maker (0x7099…79C8).');
    expect(entries[3]!.text).toMatch(
      /^Decision: the demand was met \(recorded by 0x7099…79C8\); 1 ETH refunded\. It relied on/,
    );
  });

  it('without a decision there is no decision entry, and a refund at the deadline is not one', () => {
    const end = { kind: 'refunded' as const, amount: 1n, paid: true, txHash: tx(9), blockNumber: 9n };
    expect(buildTimeline({ evidence: [], end })).toEqual([]);
  });
});
