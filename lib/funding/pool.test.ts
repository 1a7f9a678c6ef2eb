import { parseEther, zeroHash, type Address } from 'viem';
import { describe, expect, it } from 'vitest';
import {
  activateBlock,
  checkJoinAmount,
  joinBlock,
  leaveBlock,
  makerShare,
  poolProgress,
  reclaimPlan,
  roomUnderCap,
  thresholdText,
  type FundedThreat,
} from './pool';

const maker = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as Address;
const joe = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC' as Address;
const mike = '0x90F79bf6EB2c4f870365E785982E1f101E93b906' as Address;
const NOW = 1_800_000_000;

function pool(over: Partial<FundedThreat> = {}): FundedThreat {
  return {
    id: 7n,
    status: 'gathering',
    stake: parseEther('1'),
    maker,
    beneficiary: maker,
    funding: { cap: parseEther('10'), backersRoot: zeroHash, gatherUntil: NOW + 3600, minPledgers: 3, minTotal: 0n },
    funders: [],
    ...over,
  };
}

describe('pool progress', () => {
  it('counts the organiser while her share is not zero, and the pledgers', () => {
    const t = pool({ stake: parseEther('2'), funders: [{ account: joe, amount: parseEther('1'), reclaimed: false }] });
    const p = poolProgress(t, NOW)!;
    expect(makerShare(t)).toBe(parseEther('1'));
    expect(p.pledgers).toBe(2);
    expect(p.met).toBe(false);
    expect(p.phase).toBe('gathering');
    expect(p.fraction).toBeCloseTo(2 / 3);
    expect(activateBlock(t, NOW)).toBe('The threshold (3 pledgers) is not reached yet.');
  });

  it('is ready when every used threshold is met, failed after the date, live once activated', () => {
    const funders = [
      { account: joe, amount: parseEther('1'), reclaimed: false },
      { account: mike, amount: parseEther('1'), reclaimed: false },
    ];
    const t = pool({ stake: parseEther('3'), funders });
    expect(poolProgress(t, NOW)!.phase).toBe('ready');
    expect(activateBlock(t, NOW)).toBeNull();
    expect(poolProgress(t, NOW + 3601)!.phase).toBe('failed');
    expect(activateBlock(t, NOW + 3601)).toMatch(/^The gathering date \(.+\) passed short of the threshold/);
    expect(poolProgress({ ...t, status: 'live' }, NOW)!.phase).toBe('live');
    // Both thresholds: 3 pledgers and 5 ETH; 3 ETH is not enough.
    const both = { ...t, funding: { ...t.funding!, minTotal: parseEther('5') } };
    expect(poolProgress(both, NOW)!.met).toBe(false);
    expect(thresholdText(poolProgress(both, NOW)!)).toBe('3 pledgers and 5 ETH');
  });

  it('is null for a threat that is not a pool', () => {
    expect(poolProgress(pool({ funding: { ...pool().funding!, gatherUntil: 0 } }), NOW)).toBeNull();
  });
});

describe('join, leave and reclaim rules in words', () => {
  it('refuses an amount above the cap with the room left', () => {
    const t = pool({ stake: parseEther('9.5') });
    expect(roomUnderCap(t)).toBe(parseEther('0.5'));
    expect(checkJoinAmount(t, '1')).toEqual({
      ok: false,
      error: 'Threat #7 takes at most 10 ETH in all and holds 9.5 ETH: you can add at most 0.5 ETH.',
    });
    expect(checkJoinAmount(t, '0.5')).toEqual({ ok: true, wei: parseEther('0.5') });
    expect(checkJoinAmount(t, '0')).toEqual({ ok: false, error: 'Enter more than 0 ETH.' });
    expect(checkJoinAmount(t, 'abc').ok).toBe(false);
  });

  it('closes joining after the gathering date, on a closed threat, and without funding', () => {
    expect(joinBlock(pool(), NOW)).toBeNull();
    expect(joinBlock(pool(), NOW + 3601)).toMatch(/^The pool gathered pledges until .+: it is too late to join\.$/);
    expect(joinBlock(pool({ status: 'fulfilled' }), NOW)).toBe('Threat #7 is fulfilled: it takes no more stake.');
    expect(joinBlock(pool({ funding: undefined }), NOW)).toBe(
      'Threat #7 does not accept stake from anyone but its maker.',
    );
    expect(joinBlock(pool({ status: 'live', stake: parseEther('10') }), NOW)).toBe(
      'Threat #7 already holds its cap of 10 ETH.',
    );
  });

  it('allows leaving only while gathering, and reclaiming only after a refund, fulfilment or cancellation', () => {
    const funders = [{ account: joe, amount: parseEther('1'), reclaimed: false }];
    expect(leaveBlock(pool({ funders }), joe)).toBeNull();
    expect(leaveBlock(pool({ funders }), mike)).toBe('This wallet has no pledge in this pool.');
    expect(leaveBlock(pool({ funders, status: 'live' }), joe)).toBe(
      'The pool went live: pledges are locked in until the threat ends, like any stake.',
    );
    expect(reclaimPlan(pool({ funders, status: 'fulfilled' }), joe, NOW)).toEqual({ kind: 'reclaim' });
    expect(reclaimPlan(pool({ funders }), joe, NOW + 3601)).toEqual({ kind: 'cancel-then-reclaim' });
    expect(reclaimPlan(pool({ funders, status: 'escalated' }), joe, NOW).kind).toBe('blocked');
    expect(reclaimPlan(pool({ funders: [{ ...funders[0]!, reclaimed: true }], status: 'refunded' }), joe, NOW)).toEqual(
      { kind: 'blocked', reason: 'This wallet has no share here to take back.' },
    );
  });
});
