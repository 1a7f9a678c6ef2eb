import { describe, expect, it } from 'vitest';
import { EMPTY_VALUES } from '../wizard/types';
import { decodeFundLink, encodeFundLink, fundLinkUrl, LinkError } from './fund-link';

const PRO = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const CLIENT = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const values = {
  ...EMPTY_VALUES,
  kind: 'commitment' as const,
  terms: 'Refund the $13,000 deposit — ünïcode ok.',
  beneficiary: CLIENT,
  forClient: 'link' as const,
  terminators: [{ address: CLIENT }],
};

describe('review-and-fund link', () => {
  it('round-trips the values with the professional recorded and the link mode off', () => {
    const url = fundLinkUrl('https://levetrage.example/', {
      chainId: 31337,
      preparedBy: PRO.toLowerCase() as `0x${string}`,
      values,
    });
    expect(url.startsWith('https://levetrage.example/fund#')).toBe(true);
    const link = decodeFundLink(url);
    expect(link.chainId).toBe(31337);
    expect(link.preparedBy).toBe(PRO);
    expect(link.values).toEqual({ ...values, forClient: 'no', preparedBy: PRO });
  });

  it('refuses a damaged or edited link in words', () => {
    const code = encodeFundLink({ chainId: 1, preparedBy: PRO, values });
    const edited = `${code.slice(0, 20)}${code[20] === 'A' ? 'B' : 'A'}${code.slice(21)}`;
    expect(() => decodeFundLink(edited)).toThrow(LinkError);
    expect(() => decodeFundLink(code.split('.')[0]!)).toThrow(/incomplete/);
    expect(() => decodeFundLink('!!!.12345678')).toThrow(/damaged/);
  });
});
