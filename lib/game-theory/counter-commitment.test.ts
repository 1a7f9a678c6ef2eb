import { describe, expect, it } from 'vitest';
import { counterCommitmentGame } from './counter-commitment';

// White paper §7: Jane demands 13,000 with a 10,000 commitment; X would lose 100,000; X binds itself not to pay
// unless 5,000 is deposited.
const jane = { demand: 13_000, makerStake: 10_000, adversaryLoss: 100_000, pEscalate: 1, deposit: 5_000 };

describe('counter-commitment game', () => {
  it('a credible counter-stake makes the deposit Jane’s best move: she nets 8,000', () => {
    const r = counterCommitmentGame({ ...jane, counterStake: 200_000 });
    expect(r.counterBinds).toBe(true);
    expect(r.withoutDeposit).toEqual({ adversaryPays: false, maker: -10_000, adversary: -100_000 });
    expect(r.withDeposit).toEqual({ adversaryPays: true, maker: 8_000, adversary: -8_000 });
    expect(r.makerDeposits).toBe(true);
    expect(r.outcome.maker).toBe(8_000);
    expect(r.minCredibleCounterStake).toBe(87_000);
    expect(r.maxDepositWorthMaking).toBe(23_000);
  });

  it('a counter-stake too small to bind is a bluff: X still pays in full', () => {
    const r = counterCommitmentGame({ ...jane, counterStake: 50_000 });
    expect(r.counterBinds).toBe(false);
    expect(r.withoutDeposit.adversaryPays).toBe(true);
    expect(r.makerDeposits).toBe(false);
    expect(r.outcome).toEqual({ adversaryPays: true, maker: 13_000, adversary: -63_000 });
  });

  it('a weak threat (low odds) loses against any counter-move and without one', () => {
    const r = counterCommitmentGame({ ...jane, pEscalate: 0.05, counterStake: 1 });
    expect(r.withoutDeposit.adversaryPays).toBe(false);
    expect(r.withDeposit.adversaryPays).toBe(false); // 13,000 − 5,000 > 0.05 × 100,000
    expect(r.counterBinds).toBe(false);
  });

  it('rejects bad input with the field name', () => {
    expect(() => counterCommitmentGame({ ...jane, counterStake: -1 })).toThrow(/^counterStake must be/);
    expect(() => counterCommitmentGame({ ...jane, counterStake: 1, pEscalate: 2 })).toThrow(/^pEscalate must be/);
  });
});
