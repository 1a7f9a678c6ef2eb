import { getContractAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import records from './deployments.json';
import { deployedChainIds, getDeployment, parseDeployment } from './deployments';

const ANVIL_DEPLOYER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';

describe('getDeployment', () => {
  it('returns typed addresses and a bigint start block for the local chain', () => {
    const d = getDeployment(31337);
    expect(d).not.toBeNull();
    expect(d!.chainId).toBe(31337);
    expect(typeof d!.startBlock).toBe('bigint');
    expect(d!.vrfBeacon).toBeUndefined();
    expect(deployedChainIds()).toContain(31337);
  });

  it('records the addresses a fresh anvil gets from Deploy.s.sol (NASH, extension, registry at nonces 0, 1, 2)', () => {
    const d = getDeployment(31337)!;
    expect(d.nash).toBe(getContractAddress({ from: ANVIL_DEPLOYER, nonce: 0n }));
    expect(d.extension).toBe(getContractAddress({ from: ANVIL_DEPLOYER, nonce: 1n }));
    expect(d.levetrage).toBe(getContractAddress({ from: ANVIL_DEPLOYER, nonce: 2n }));
    expect(d.prevrandaoBeacon).toBe(getContractAddress({ from: ANVIL_DEPLOYER, nonce: 3n }));
    for (const peer of [
      'panelResolver',
      'realityResolver',
      'umaResolver',
      'uniswapRouter',
      'weth',
      'ethUsdFeed',
    ] as const)
      expect(d[peer], peer).toMatch(/^0x[0-9a-fA-F]{40}$/);
  });

  it('returns null for a chain without a deployment', () => {
    expect(getDeployment(424242)).toBeNull();
  });

  it('rejects a malformed record, naming the chain and field', () => {
    const good = (records as Record<string, Parameters<typeof parseDeployment>[0]>)['31337'];
    expect(() => parseDeployment({ ...good, levetrage: '0x1234' })).toThrow(
      /chain 31337: "levetrage" is not an address/,
    );
    expect(parseDeployment({ ...good, vrfBeacon: good.nash, startBlock: '123' })).toMatchObject({
      vrfBeacon: good.nash,
      startBlock: 123n,
    });
  });
});
