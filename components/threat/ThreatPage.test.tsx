// Server render of the whole threat page for threats in states the browser test does not reach:
// escalated by a draw, a commitment past its deadline, a fulfilled one, a bad loss in the URL.
import { renderToStaticMarkup } from 'react-dom/server';
import { parseEther } from 'viem';
import { describe, expect, it, vi } from 'vitest';
import type { ThreatView } from '@/lib/threats/types';
import { ThreatPage } from './ThreatPage';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const START = 1_764_000_000;
const HASH = `0x${'11'.repeat(32)}` as const;
const TX = `0x${'22'.repeat(32)}` as const;

function threat(over: Partial<ThreatView> = {}): ThreatView {
  return {
    id: 9n,
    chainId: 31337,
    registry: '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512',
    kind: 'probabilistic',
    status: 'live',
    maker: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
    stake: parseEther('1'),
    provider: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
    agreementHash: HASH,
    resolver: '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
    beneficiary: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
    engagementId: `0x${'cd'.repeat(32)}`,
    adversary: '0x0000000000000000000000000000000000000000',
    isPromise: false,
    fee: parseEther('25'),
    deadline: START + 30 * 86400,
    start: START,
    timeoutAction: 'refund',
    terms: 'Refund Jane.',
    odds: {
      beacon: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
      period: 86400,
      pEscalate: 50_000_000,
      pTerminate: 0,
      beaconKind: 'block',
    },
    settledPeriods: 0,
    pendingThrough: 0,
    ticket: 0,
    duePeriods: 0,
    draws: [],
    requests: [],
    created: { txHash: TX, blockNumber: 5n, timestamp: START },
    evidence: [],
    funders: [],
    failedRequests: 0,
    acted: [],
    end: null,
    readAt: { blockNumber: 50n, timestamp: START + 3 * 86400 + 10 },
    ...over,
  };
}

const PRICE = {
  usdPerEth: 3000,
  answer: 3000n * 10n ** 8n,
  decimals: 8,
  updatedAt: START,
  stale: false,
  feed: '0x5FC8d32690cc91D4c39d9d3abcBD16989F875707' as const,
};
const html = (t: ThreatView, lossParam?: string, extra: { unitParam?: string; price?: typeof PRICE } = {}) =>
  renderToStaticMarkup(<ThreatPage threat={t} chainName="Anvil (local)" lossParam={lossParam} {...extra} />).replace(
    /<!-- -->/g,
    '',
  );
const textOf = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('ThreatPage (server render)', () => {
  it('shows a live threat’s due draws, the settle button, and assumes no loss', () => {
    const out = textOf(html(threat({ duePeriods: 3 })));
    expect(out).toContain('1 ETH is staked against you.');
    expect(out).toContain('0 settled of 30 before the deadline; 3 due now');
    expect(out).toContain('Trigger due draws');
    expect(out).toContain('Your expected cost per day 5% × your loss (enter your loss below');
    expect(out).toContain('Nothing is assumed until you enter it.');
    expect(out).not.toContain('10×');
    expect(out).toContain('25 NASH');
  });

  it('shows an escalation by draw, its draws, and nothing left to comply with or settle', () => {
    const draws = [1, 2, 3].map((period) => ({
      period,
      value: HASH,
      outcome: period === 3 ? ('escalate' as const) : ('continue' as const),
      neutralized: false,
      txHash: TX,
      blockNumber: 40n,
    }));
    const out = html(
      threat({
        status: 'escalated',
        settledPeriods: 3,
        pendingThrough: 3,
        draws,
        end: {
          kind: 'escalated',
          amount: parseEther('1'),
          paid: true,
          period: 3,
          txHash: TX,
          blockNumber: 40n,
          timestamp: START + 3 * 86400,
        },
      }),
    );
    const text = textOf(out);
    expect(out).toContain('data-end="escalated"');
    expect(text).toContain('The draw of period 3 escalated: 1 ETH was paid to the provider, who acts on receipt.');
    expect(text).toContain('This threat has ended; there is nothing left to comply with.');
    expect(out).not.toContain('data-testid="settle-button"');
    expect(out.match(/data-testid="draw-\d"/g)).toHaveLength(3);
    expect(out).toContain('data-outcome="escalate"');
  });

  it('offers the timeout on a commitment past its deadline and says fulfilment is no longer possible', () => {
    const t = threat({
      kind: 'commitment',
      odds: undefined,
      timeoutAction: 'escalate',
      deadline: START + 86400,
      readAt: { blockNumber: 60n, timestamp: START + 2 * 86400 },
    });
    const out = html(t);
    const text = textOf(out);
    expect(text).toContain('The deadline has passed: the demand can no longer be marked fulfilled.');
    expect(text).toContain('Apply the timeout action');
    expect(out).not.toContain('disabled=""');
    expect(text).toContain('The provider acts against you for certain (100%). Expected cost: 100% × your loss');
    expect(out).not.toContain('data-chart="escalation-curve"');
  });

  it('tells who fulfilled a commitment', () => {
    const t = threat({
      kind: 'commitment',
      odds: undefined,
      status: 'fulfilled',
      end: {
        kind: 'fulfilled',
        amount: parseEther('1'),
        paid: true,
        by: '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
        txHash: TX,
        blockNumber: 9n,
        timestamp: START + 100,
      },
    });
    expect(textOf(html(t))).toContain('The demand was marked fulfilled by its resolver; 1 ETH went back to the maker.');
  });

  it('keeps a bad loss in the form, explains it, and computes with a loss in ETH or USD', () => {
    const out = html(threat(), '12abc');
    expect(out).toContain('value="12abc"');
    expect(out).toContain('aria-invalid="true"');
    expect(textOf(out)).toContain('is not an amount: use digits and at most one decimal point.');
    expect(textOf(out)).toContain('Your expected cost per day 5% × your loss');
    const custom = textOf(html(threat(), '100'));
    expect(custom).toContain('Your expected cost per day 5 ETH = 5% × your loss');
    // $30,000 at 3,000 USD per ETH is 10 ETH: 0.5 ETH ($1,500) a day
    const usd = textOf(html(threat(), '30,000', { unitParam: 'usd', price: PRICE }));
    expect(usd).toContain('Your expected cost per day 0.5 ETH (≈ $1,500) = 5% × your loss');
    expect(usd).toContain('Computing with 10 ETH (≈ $30,000) (you entered $30,000).');
    expect(usd).toContain('Dollars at $3,000 per ETH from the Chainlink ETH/USD feed');
    expect(usd).toContain('Stake 1 ETH (≈ $3,000)');
  });

  it('a forfeit commitment is not free to ignore: the maker must act or lose the stake', () => {
    const t = threat({ kind: 'commitment', odds: undefined, timeoutAction: 'forfeit' });
    const text = textOf(html(t, '10'));
    expect(text).toContain('the maker loses the 1 ETH stake to NASH holders for sure');
    expect(text).toContain('her threat to act is credible');
    expect(text).toContain('The maker must act against you or lose her stake, for certain (100%)');
    expect(text).toContain('Expected cost: 10 ETH = 100% × your loss.');
    expect(text).not.toMatch(/expected cost 0 ETH|\b0% chance/);
  });

  it('an ended threat says what happened, not "in 30 days" or "happens for sure"', () => {
    const t = threat({
      kind: 'commitment',
      odds: undefined,
      status: 'fulfilled',
      end: {
        kind: 'fulfilled',
        amount: parseEther('1'),
        paid: true,
        txHash: TX,
        blockNumber: 9n,
        timestamp: START + 100,
      },
    });
    const text = textOf(html(t));
    expect(text).not.toMatch(/in \d+ days|happens for sure/);
    expect(text).toContain('no longer applies: the threat has ended');
    expect(text).toContain('This threat has ended (see above)');
  });
});
