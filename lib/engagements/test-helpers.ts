/**
 * An engagement request as a maker's link carries it, for tests and benchmarks: a one-use engagement of a
 * commitment whose agreement is a signed file the provider brings (so nothing is rendered). No React.
 */
import type { Address } from 'viem';
import type { EngagementRequest } from './link';
import { oneUseEngagement } from './sign';

export function fileEngagementRequest(p: {
  registry: Address;
  provider: Address;
  maker: Address;
  nonce: bigint;
  /** Unix seconds: the engagement's validity and the threat's deadline count from it. */
  now: number;
  chainId?: number;
}): EngagementRequest {
  return {
    v: 1,
    type: 'engagement-request',
    chainId: p.chainId ?? 31337,
    registry: p.registry,
    engagement: oneUseEngagement({
      provider: p.provider,
      maker: p.maker,
      agreementHash: `0x${'ab'.repeat(32)}`,
      nonce: p.nonce,
      now: p.now,
    }),
    threat: {
      kind: 'commitment',
      terms: 'Refund Jane',
      stakeWei: '10',
      deadline: p.now + 86_400,
      timeoutAction: 'escalate',
    },
    agreement: { kind: 'file', name: 'retainer.pdf' },
  };
}
