import { describe, expect, it } from 'vitest';
import { usdToWei, weiToUsd } from './eth-usd';

describe('ETH/USD conversions', () => {
  it('values wei in USD and back (display precision)', () => {
    const price = { answer: 3_000n * 10n ** 8n, decimals: 8 }; // the dev feed: 3,000 USD with 8 decimals
    expect(weiToUsd(3n * 10n ** 18n, price)).toBe(9000);
    expect(usdToWei(10_000, price)).toBe(3_333_333_333_333_333_333n); // floor of 10,000 / 3,000 ETH
    expect(weiToUsd(usdToWei(13_000, price), price)).toBe(13_000); // rounded to the cent
    expect(weiToUsd(10n ** 15n, price)).toBe(3); // 0.001 ETH
  });

  it('refuses a negative amount or no price', () => {
    expect(() => usdToWei(-1, { answer: 3000n, decimals: 0 })).toThrow(RangeError);
    expect(() => usdToWei(1, { answer: 0n, decimals: 8 })).toThrow(RangeError);
  });
});
