// @vitest-environment jsdom
// The threat page's client islands with real logic: the draw verifier (draw rule recomputed), the agreement
// check (sha-256 compared with the on-chain hash), the countdown on the chain's clock, and the settle button
// without a wallet.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createHash } from 'node:crypto';
import { encodeAbiParameters, keccak256 } from 'viem';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from './Countdown';
import { SettleButton } from './SettleButton';
import { VerifyAgreement } from './VerifyAgreement';
import { VerifyDrawButton } from './VerifyDrawButton';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const VALUE = `0x${'5a'.repeat(32)}` as const;
/** The roll the contract computes: keccak256(abi.encode(value, id, period)) mod 1e9. */
const roll = (id: bigint, period: bigint) =>
  Number(
    BigInt(
      keccak256(
        encodeAbiParameters([{ type: 'bytes32' }, { type: 'uint256' }, { type: 'uint256' }], [VALUE, id, period]),
      ),
    ) % 1_000_000_000n,
  );

describe('VerifyDrawButton', () => {
  const r = roll(7n, 3n);
  it('confirms an outcome the draw rule gives', async () => {
    // pEscalate just above the roll: the rule says escalate
    render(
      <VerifyDrawButton
        chainId={31337}
        threatId="7"
        period={3}
        value={VALUE}
        pEscalate={r + 1}
        pTerminate={0}
        outcome="escalate"
        lapsed={false}
      />,
    );
    fireEvent.click(screen.getByTestId('verify-draw-3'));
    const result = await screen.findByTestId('verify-result-3');
    expect(result.dataset.ok).toBe('true');
    // no beacon source given here (the e2e checks the beacon against a real chain): the arithmetic, in words
    expect(screen.getByTestId('verify-outcome-3').textContent).toMatch(
      /^The draw rolled [\d.]+% of the range \([\d,]+ of 1,000,000,000\), below the [\d.]+% escalation chance: it escalates, as the chain recorded\.$/,
    );
    expect(screen.getByTestId('verify-fair-3').textContent).toContain('only the arithmetic was checked');
    expect(result.textContent).not.toMatch(/pEscalate|r = /);
  });
  it('flags an outcome the draw rule does not give', async () => {
    render(
      <VerifyDrawButton
        chainId={31337}
        threatId="7"
        period={3}
        value={VALUE}
        pEscalate={r}
        pTerminate={0}
        outcome="escalate"
        lapsed={false}
      />,
    );
    fireEvent.click(screen.getByTestId('verify-draw-3'));
    const result = await screen.findByTestId('verify-result-3');
    expect(result.dataset.ok).toBe('false');
    expect(screen.getByTestId('verify-outcome-3').textContent).toMatch(
      /^Mismatch: the draw rolled .* so it continues, which is not what the chain recorded\./,
    );
  });
});

describe('VerifyAgreement', () => {
  const content = 'Retainer: Law Firm Y acts on receipt of the stake.';
  const hash = `0x${createHash('sha256').update(content).digest('hex')}`;
  const drop = (text: string, name: string) => {
    const file = new File([text], name, { type: 'text/plain' });
    if (typeof file.arrayBuffer !== 'function') {
      Object.defineProperty(file, 'arrayBuffer', { value: async () => new TextEncoder().encode(text).buffer });
    }
    fireEvent.change(screen.getByTestId('agreement-file'), { target: { files: [file] } });
  };
  it('matches the file whose sha-256 is on-chain', async () => {
    render(<VerifyAgreement agreementHash={hash.toUpperCase().replace('0X', '0x')} />);
    drop(content, 'retainer.txt');
    const result = await screen.findByTestId('agreement-result');
    expect(result.dataset.match).toBe('true');
    expect(result.textContent).toContain('retainer.txt is the agreement this threat commits to');
    expect(result.textContent).toContain(hash);
  });
  it('rejects any other file', async () => {
    render(<VerifyAgreement agreementHash={hash} />);
    drop(`${content} `, 'edited.txt');
    const result = await screen.findByTestId('agreement-result');
    expect(result.dataset.match).toBe('false');
    expect(result.textContent).toContain('edited.txt is not the agreement');
  });
});

describe('Countdown', () => {
  it('starts from the chain time the server read and ticks with the browser clock', () => {
    vi.useFakeTimers();
    render(<Countdown target={1_000_000 + 3 * 60} chainNow={1_000_000} testId="cd" />);
    expect(screen.getByTestId('cd').textContent).toBe('in 3 minutes');
    act(() => {
      vi.advanceTimersByTime(61_000);
    });
    expect(screen.getByTestId('cd').textContent).toBe('in 1 minute 59 seconds');
    act(() => {
      vi.advanceTimersByTime(180_000);
    });
    expect(screen.getByTestId('cd').textContent).toBe('1 minute 1 second ago');
  });
});

describe('SettleButton', () => {
  it('without a wallet explains that anyone can trigger draws, without a stack trace', async () => {
    render(
      <SettleButton
        chainId={31337}
        registry="0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
        threatId="2"
        label="Trigger due draws"
      />,
    );
    fireEvent.click(screen.getByTestId('settle-button'));
    const error = await screen.findByTestId('settle-error', {}, { timeout: 10_000 });
    expect(error.textContent).toContain('No browser wallet found');
    expect(error.textContent).toContain('anyone, including the maker’s keeper, can trigger them');
  });
  it('is disabled with the reason when nothing is due', () => {
    render(
      <SettleButton
        chainId={31337}
        registry="0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
        threatId="2"
        label="Trigger due draws"
        disabledReason="Nothing to settle right now."
      />,
    );
    expect((screen.getByTestId('settle-button') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('nothing-due').textContent).toBe('Nothing to settle right now.');
    return waitFor(() => expect(screen.queryByTestId('settle-error')).toBeNull());
  });
});
