// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { presetValues } from '@/lib/wizard/presets';
import { AgreementDrop } from './AgreementDrop';
import { ErrorSummary } from './ErrorSummary';
import { MathPanel } from './MathPanel';
import { OddsStep } from './steps/OddsStep';
import { renderInForm } from './test-utils';

const NOW = Math.floor(Date.now() / 1000);
afterEach(cleanup);

describe('OddsStep “pick p for me”', () => {
  it('from a target: 50% within 30 days of daily draws → p ≈ 2.28% per day', () => {
    const { values } = renderInForm(<OddsStep now={NOW} />, {
      ...presetValues('jane-probabilistic', NOW, 31337),
      oddsMode: 'target',
      pEscalatePct: '',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pick p for me' }));
    const p = Number(values().pEscalatePct) / 100;
    expect(p).toBeCloseTo(1 - 0.5 ** (1 / 30), 9);
    expect((screen.getByLabelText('Chance of escalation per period (%)') as HTMLInputElement).value).toBe(
      values().pEscalatePct,
    );
    expect(screen.getByTestId('pick-note').textContent).toMatch(/50% chance of escalation within 30 periods/);
  });

  it('from a target: an impossible target explains itself and leaves p alone', () => {
    const { values } = renderInForm(<OddsStep now={NOW} />, {
      ...presetValues('jane-probabilistic', NOW, 31337),
      oddsMode: 'target',
      targetPct: '100',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pick p for me' }));
    expect(screen.getByTestId('pick-note').textContent).toMatch(/between 0% and 100%/);
    expect(values().pEscalatePct).toBe('5');
  });

  it('from the useful range: aims at the middle of [qMin, qMax] over the periods to the deadline', () => {
    const { values } = renderInForm(<OddsStep now={NOW} />, {
      ...presetValues('jane-probabilistic', NOW, 31337),
      oddsMode: 'range',
      ignoreChancePct: '50',
      makerLoss: '20000',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pick p for me' }));
    expect(screen.getByTestId('pick-note').textContent).toMatch(/13\.0% to 65\.0%/);
    const p = Number(values().pEscalatePct) / 100;
    expect(p).toBeGreaterThan(0.01);
    expect(p).toBeLessThan(0.05);
  });
});

describe('AgreementDrop', () => {
  it('hashes the chosen file in the browser and fills the fingerprint', async () => {
    const { values } = renderInForm(
      <AgreementDrop a11y={{ id: 'field-agreementHash' }} />,
      presetValues('joe', NOW, 31337),
    );
    const content = 'signed retainer, page 1';
    const file = new File([content], 'retainer.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByTestId('agreement-file'), { target: { files: [file] } });
    const expected = `0x${createHash('sha256').update(content).digest('hex')}`;
    await waitFor(() => expect(values().agreementHash).toBe(expected));
    expect(values().agreementFileName).toBe('retainer.pdf');
    expect(screen.getByText('Fingerprint of retainer.pdf computed.')).toBeTruthy();
    expect(screen.getByText(/The file never leaves your browser/)).toBeTruthy();
  });

  it('refuses an empty file with words and keeps the old fingerprint', async () => {
    const start = presetValues('joe', NOW, 31337);
    const { values } = renderInForm(<AgreementDrop a11y={{ id: 'field-agreementHash' }} />, start);
    fireEvent.change(screen.getByTestId('agreement-file'), { target: { files: [new File([], 'empty.pdf')] } });
    await waitFor(() => expect(screen.getByText(/That file is empty/)).toBeTruthy());
    expect(values().agreementHash).toBe(start.agreementHash);
  });
});

describe('ErrorSummary', () => {
  it('lists the problems and each link focuses its field', () => {
    document.body.innerHTML = '';
    const { container } = renderInForm(
      <>
        <ErrorSummary
          problems={[
            { path: 'terms', message: 'Describe the demand.' },
            { path: 'terminators', message: 'Name a terminator.' },
          ]}
        />
        <textarea id="field-terms" />
        <input id="field-terminators-0-address" />
      </>,
      presetValues('joe', NOW, 31337),
    );
    expect(screen.getByRole('alert').textContent).toMatch(/There are 2 problems/);
    fireEvent.click(screen.getByText('Name a terminator.'));
    expect(document.activeElement?.id).toBe('field-terminators-0-address');
    fireEvent.click(screen.getByText('Describe the demand.'));
    expect(document.activeElement?.id).toBe('field-terms');
    expect(container.querySelectorAll('a[href^="#field-"]').length).toBe(2);
  });
});

describe('MathPanel', () => {
  it('Jane: shows $100 and $5,000 a day, the useful range and her full refund as the Nash benchmark', () => {
    renderInForm(<MathPanel now={NOW} />, presetValues('jane-probabilistic', NOW, 31337));
    expect(screen.getByTestId('cost-maker').textContent).toBe('100');
    expect(screen.getByTestId('cost-adversary').textContent).toBe('5,000');
    expect(screen.getByTestId('useful-range').textContent).toBe('13.0% – 100.0%');
    expect(screen.getByTestId('nash-benchmark').textContent).toMatch(/13,000 of the 13,000 in dispute — all of it/);
    expect(screen.queryByTestId('math-warnings')).toBeNull();
    expect(document.querySelectorAll('svg').length).toBeGreaterThanOrEqual(3);
  });

  it('warns when the threat is too weak to deter', () => {
    renderInForm(<MathPanel now={NOW} />, { ...presetValues('jane-probabilistic', NOW, 31337), pEscalatePct: '0.1' });
    expect(document.querySelector('[data-warning="too-weak"]')?.textContent).toMatch(/Too weak to deter/);
  });

  it('warns when it is too costly to the maker', () => {
    renderInForm(<MathPanel now={NOW} />, {
      ...presetValues('jane-probabilistic', NOW, 31337),
      pEscalatePct: '20',
      ignoreChancePct: '50',
      makerLoss: '20000',
    });
    expect(document.querySelector('[data-warning="too-costly"]')?.textContent).toMatch(/Too costly to you/);
  });

  it('explains instead of plotting when numbers are unusable', () => {
    renderInForm(<MathPanel now={NOW} />, { ...presetValues('jane-probabilistic', NOW, 31337), pEscalatePct: '500' });
    expect(screen.getByRole('status').textContent).toMatch(/The math appears once the numbers above are valid/);
  });
});
