import { describe, expect, it } from 'vitest';
import type { TransactionReceipt } from 'viem';
import { initialTxState, isBusy, txReducer, type TxEvent, type TxState } from './tx-state';

const receipt = { status: 'success', transactionHash: '0x01' } as unknown as TransactionReceipt;
const run = (events: TxEvent[], from: TxState = initialTxState) => events.reduce(txReducer, from);

describe('txReducer', () => {
  it('walks idle → simulating → signing → pending → success for one write', () => {
    const phases: string[] = [];
    let s = initialTxState;
    for (const e of [
      { type: 'start', stepCount: 1 },
      { type: 'simulate', stepIndex: 0 },
      { type: 'sign' },
      { type: 'submitted', hash: '0xaa' },
      { type: 'mined', receipt },
      { type: 'done' },
    ] as TxEvent[]) {
      s = txReducer(s, e);
      phases.push(s.phase);
    }
    expect(phases).toEqual(['simulating', 'simulating', 'signing', 'pending', 'pending', 'success']);
    expect(s.hash).toBe('0xaa');
    expect(s.receipt).toBe(receipt);
    expect(isBusy(s)).toBe(false);
  });

  it('runs a two-step sequence (approve, then create) and keeps both hashes', () => {
    const s = run([
      { type: 'start', stepCount: 2 },
      { type: 'simulate', stepIndex: 0, label: 'Approve NASH' },
      { type: 'sign' },
      { type: 'submitted', hash: '0x01' },
      { type: 'mined', receipt },
      { type: 'simulate', stepIndex: 1, label: 'Create' },
    ]);
    expect(s).toMatchObject({ phase: 'simulating', stepIndex: 1, stepLabel: 'Create', stepCount: 2 });
    expect(s.receipt).toBeUndefined();
    const done = run(
      [{ type: 'sign' }, { type: 'submitted', hash: '0x02' }, { type: 'mined', receipt }, { type: 'done' }],
      s,
    );
    expect(done.phase).toBe('success');
    expect(done.hashes).toEqual(['0x01', '0x02']);
  });

  it('ends in error with the decoded error from any active phase', () => {
    const error = { kind: 'rejected', title: 't', message: 'm' } as const;
    for (const prefix of [
      [],
      [{ type: 'sign' }],
      [{ type: 'sign' }, { type: 'submitted', hash: '0x1' }],
    ] as TxEvent[][]) {
      const s = run([{ type: 'start', stepCount: 1 }, ...prefix, { type: 'fail', error }]);
      expect(s.phase).toBe('error');
      expect(s.error).toEqual(error);
    }
  });

  it('ignores out-of-order events (no success without a receipt, no signing from idle)', () => {
    expect(run([{ type: 'sign' }]).phase).toBe('idle');
    expect(run([{ type: 'start', stepCount: 1 }, { type: 'sign' }, { type: 'done' }]).phase).toBe('signing');
    expect(
      run([{ type: 'start', stepCount: 1 }, { type: 'sign' }, { type: 'submitted', hash: '0x1' }, { type: 'done' }])
        .phase,
    ).toBe('pending');
    expect(
      run([
        { type: 'start', stepCount: 1 },
        { type: 'mined', receipt },
      ]).receipt,
    ).toBeUndefined();
  });

  it('treats a skipped last step as success and resets to idle', () => {
    const s = run([{ type: 'start', stepCount: 1 }, { type: 'simulate', stepIndex: 0 }, { type: 'done' }]);
    expect(s.phase).toBe('success');
    expect(run([{ type: 'reset' }], s)).toEqual(initialTxState);
    expect(isBusy(run([{ type: 'start', stepCount: 1 }]))).toBe(true);
  });
});
