// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetValues } from '@/lib/wizard/presets';
import { EMPTY_VALUES } from '@/lib/wizard/types';
import { renderInForm } from './test-utils';

const ME = '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720';
vi.mock('@/components/wallet/wallet-store', () => ({ useAccount: () => ({ address: ME }) }));

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
});
