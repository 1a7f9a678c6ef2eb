// The keeper and the seed on a real chain (no browser): due periods get requested, resolved with a header
// proof once the beacon block exists, each outcome matches the draw rule recomputed off-chain, and
// commitments time out after their deadline with their chosen action.
import { parseEventLogs } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levetrageAbi } from '../../../lib/contracts/abis.generated';
import { drawOutcomeKey as outcomeFromEnum, STATUS_KEYS as STATUS } from '../../../lib/contracts/enums.generated';
import { drawOutcome } from '../../../lib/randomness/draw-rule';
import { publicClientFor } from '../../../scripts/lib/chain-clients';
import { DEMO_THREATS } from '../../../scripts/seed';
import { mine, settleDue, startStack, stopStack, warp, type Stack } from './index';

describe('keeper on the seeded chain', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seed: true, app: false });
  });
  afterAll(async () => {
    await stopStack();
  });

  it('does nothing while nothing is due', async () => {
    const { actions } = await settleDue();
    expect(actions).toEqual([]);
  });

  it('requests due draws, resolves them with a header proof, and every outcome follows the draw rule', async () => {
    const client = await publicClientFor(stack.rpcUrl);
    const probabilistic = stack.seeded.filter((s) => s.kind === 'probabilistic');
    expect(probabilistic.length).toBe(2);
    await warp(5 * 60 + 1); // Jane's 3-minute and Joe's 5-minute periods: one period due each
    const requested = await settleDue();
    expect(requested.actions.map((a) => [a.id, a.reason])).toEqual(probabilistic.map((p) => [p.id, 'request-draws']));

    // The ticket block is 2 blocks after the request: not ready before it is mined.
    expect((await settleDue()).actions).toEqual([]);
    await mine(2);
    const resolved = await settleDue();
    expect(resolved.actions.map((a) => [a.id, a.reason])).toEqual(probabilistic.map((p) => [p.id, 'resolve-draws']));

    for (const action of resolved.actions) {
      const receipt = await client.getTransactionReceipt({ hash: action.txHash });
      const draws = parseEventLogs({ abi: levetrageAbi, eventName: 'DrawSettled', logs: receipt.logs });
      expect(draws.length).toBeGreaterThanOrEqual(1);
      const [, odds] = await client.readContract({
        address: stack.deployment.levetrage,
        abi: levetrageAbi,
        functionName: 'getThreat',
        args: [action.id],
      });
      for (const d of draws) {
        expect(d.args.neutralized).toBe(false);
        expect(outcomeFromEnum(d.args.outcome)).toBe(
          drawOutcome({
            value: d.args.value,
            threatId: action.id,
            period: d.args.period,
            pEscalate: odds.pEscalate,
            pTerminate: odds.pTerminate,
          }),
        );
      }
      const [threat] = await client.readContract({
        address: stack.deployment.levetrage,
        abi: levetrageAbi,
        functionName: 'getThreat',
        args: [action.id],
      });
      expect(STATUS[threat.status]).toBe(action.status);
    }
  });

  it('applies each commitment timeout action once its deadline has passed', async () => {
    const client = await publicClientFor(stack.rpcUrl);
    await warp(61 * 24 * 3600); // past Jane's 30-day and Mike's 60-day deadlines
    for (let round = 0; round < 40; round++) {
      const { actions } = await settleDue();
      if (actions.length === 0) break;
      await mine(2);
    }
    const expected: Record<string, string> = { 'jane-refund': 'forfeited', 'mike-raise': 'escalated' };
    for (const s of stack.seeded.filter((x) => x.kind === 'commitment')) {
      const [threat] = await client.readContract({
        address: stack.deployment.levetrage,
        abi: levetrageAbi,
        functionName: 'getThreat',
        args: [s.id],
      });
      expect(STATUS[threat.status]).toBe(expected[s.key]);
    }
    // Probabilistic threats end too: escalated by a draw, or refunded at their deadline (timeout action Refund).
    for (const s of stack.seeded.filter((x) => x.kind === 'probabilistic')) {
      const [threat] = await client.readContract({
        address: stack.deployment.levetrage,
        abi: levetrageAbi,
        functionName: 'getThreat',
        args: [s.id],
      });
      expect(['escalated', 'refunded']).toContain(STATUS[threat.status]);
      expect(DEMO_THREATS.find((t) => t.key === s.key)!.timeoutAction).toBe(0);
    }
  });
});
