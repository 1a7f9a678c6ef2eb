import { describe, expect, it } from 'vitest';
import { flattenErrors, focusTargetPath } from './form-problems';

describe('flattenErrors', () => {
  it('orders by the step’s fields and rows, and reports array-level errors on the array', () => {
    const errors = {
      timeoutAction: { type: 'invalid', message: 'Choose what happens.' },
      terminators: Object.assign([undefined, { address: { type: 'custom', message: 'Row 2 bad.' } }], {
        root: { type: 'custom', message: 'Too many.' },
      }),
    };
    expect(flattenErrors(errors, 'resolution')).toEqual([
      { path: 'terminators', message: 'Too many.' },
      { path: 'terminators.1.address', message: 'Row 2 bad.' },
      { path: 'timeoutAction', message: 'Choose what happens.' },
    ]);
  });
  it('ignores fields of other steps', () => {
    expect(flattenErrors({ stakeEth: { message: 'x' } }, 'demand')).toEqual([]);
  });
  it('focus target of an array error is its first row', () => {
    expect(focusTargetPath('terminators')).toBe('terminators.0.address');
    expect(focusTargetPath('terms')).toBe('terms');
  });
});
