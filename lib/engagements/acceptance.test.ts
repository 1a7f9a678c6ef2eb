import { describe, expect, it } from 'vitest';
import { encodeFunctionData, zeroHash, type Hex } from 'viem';
import { levetrageAbi } from '../contracts/abis.generated';
import { threatParams } from '../contracts/actions/create-threat';
import { engagementFromCreateCalldata } from './acceptance';
import type { Engagement } from './typed-data';

const engagement: Engagement = {
  provider: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
  maker: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  agreementHash: `0x${'ab'.repeat(32)}`,
  minStake: 10n ** 18n,
  maxStake: 0n,
  kinds: 2,
  validUntil: 1_900_000_000,
  uses: 1,
  nonce: 42n,
};

describe('reading the engagement back from a create transaction', () => {
  it('decodes the engagement and the signature a create carried', () => {
    const params = threatParams({
      resolver: '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
      beneficiary: engagement.maker,
      deadline: 1_850_000_000,
      timeoutAction: 0,
      maxFee: 0n,
      terms: 'Refund Jane',
    });
    const signature = `0x${'11'.repeat(65)}` as Hex;
    const data = encodeFunctionData({
      abi: levetrageAbi,
      functionName: 'create',
      args: [params, engagement, signature],
    });
    expect(engagementFromCreateCalldata(data)).toEqual({ engagement, signature });
  });

  it('returns null for another call or garbage', () => {
    const other = encodeFunctionData({ abi: levetrageAbi, functionName: 'settle', args: [1n, '0x'] });
    expect(engagementFromCreateCalldata(other)).toBeNull();
    expect(engagementFromCreateCalldata(zeroHash)).toBeNull();
    expect(engagementFromCreateCalldata('0x')).toBeNull();
  });
});
