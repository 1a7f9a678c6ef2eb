// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetValues } from '@/lib/wizard/presets';
import { EMPTY_VALUES } from '@/lib/wizard/types';
import { renderInForm } from './test-utils';
import { resolutionSchema } from '@/lib/wizard/schema';

const ME = '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720';
vi.mock('@/components/wallet/wallet-store', () => ({ useAccount: () => ({ address: ME }) }));
// UMA's minimum bond is read through a plain viem client (no wallet code in the wizard); stand-in for the chain.
vi.mock('@/lib/chain-client', () => ({
  readClientFor: () => ({ readContract: async () => 10_000_000_000_000_000n }),
}));

import { ResolutionStep } from './steps/ResolutionStep';

afterEach(cleanup);

describe('ResolutionStep', () => {
  it('“Add myself” fills the empty row with the connected address and warns that it weakens the threat', () => {
    const { values } = renderInForm(<ResolutionStep onEditDeadline={() => {}} />, {
      ...EMPTY_VALUES,
      kind: 'commitment',
    });
    expect(screen.queryByTestId('self-terminator-warning')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add myself as a terminator' }));
    expect(values().terminators).toEqual([{ address: ME }]);
    expect(screen.getByTestId('self-terminator-warning').textContent).toMatch(/weaker/);
    // once included, the button goes away
    expect(screen.queryByRole('button', { name: 'Add myself as a terminator' })).toBeNull();
  });

  it('adds a row after existing terminators, and Remove takes one out', () => {
    const { values } = renderInForm(
      <ResolutionStep onEditDeadline={() => {}} />,
      presetValues('jane-commitment', 1_800_000_000, 31337),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add myself as a terminator' }));
    expect(values().terminators.map((t) => t.address)).toEqual(['0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65', ME]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove terminator 2' }));
    expect(values().terminators.map((t) => t.address)).toEqual(['0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65']);
    expect(screen.queryByTestId('self-terminator-warning')).toBeNull();
  });

  it('explains each timeout action', () => {
    renderInForm(<ResolutionStep onEditDeadline={() => {}} />, EMPTY_VALUES);
    expect(screen.getByText(/shared by NASH holders/)).toBeTruthy();
    expect(screen.getByText(/paid to the provider, who acts as agreed/)).toBeTruthy();
    expect(screen.getByText(/costs the adversary nothing if they wait/)).toBeTruthy();
  });

  it('k of n: a panel explains who decides, and k > n is refused by the schema in words', () => {
    const A = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
    const B = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
    renderInForm(<ResolutionStep onEditDeadline={() => {}} />, {
      ...EMPTY_VALUES,
      terminators: [{ address: A }, { address: B }],
      quorum: '2',
    });
    expect(screen.getByLabelText(/How many must approve/)).toBeTruthy();
    expect(screen.getByTestId('resolution-explained').textContent).toContain(
      '2 distinct approvals out of the 2 named oracles',
    );
    const r = resolutionSchema.safeParse({
      ...EMPTY_VALUES,
      terminators: [{ address: A }, { address: B }],
      quorum: '3',
      timeoutAction: 'refund',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      '3 approvals cannot come from 2 terminators: k must be at most the number named (2).',
    ]);
  });

  it('Reality.eth: the default arbitrator is filled in, and a timeout past the deadline is warned about', () => {
    const { values } = renderInForm(<ResolutionStep onEditDeadline={() => {}} />, {
      ...EMPTY_VALUES,
      resolutionKind: 'reality',
      realityTimeoutValue: '3',
      realityTimeoutUnit: 'days',
      deadline: new Date(Date.now() + 86_400_000 + 60_000).toISOString().slice(0, 16),
    });
    expect(values().realityArbitrator).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect(screen.getByTestId('resolution-explained').textContent).toContain('at least double the last bond');
    expect(screen.getByTestId('warning-timeout-past-deadline').textContent).toContain(
      '(3 days) is longer than the time left',
    );
  });

  it('UMA: the oracle’s minimum bond is read, shown and enforced', async () => {
    const { values } = renderInForm(<ResolutionStep onEditDeadline={() => {}} />, {
      ...EMPTY_VALUES,
      resolutionKind: 'uma',
      umaBondEth: '0.001',
    });
    await waitFor(() => expect(values().umaMinBondWei).toBe('10000000000000000'));
    expect(await screen.findByText(/UMA’s minimum here: 0.01 ETH/)).toBeTruthy();
    const r = resolutionSchema.safeParse({ ...values(), timeoutAction: 'refund' });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      'The bond must be at least 0.01 ETH: UMA’s oracle refuses smaller bonds on this network.',
    ]);
    fireEvent.click(screen.getByTestId('resolution-oracles'));
    expect(values().resolutionKind).toBe('oracles');
  });
});
