/**
 * The registry's `Engagement` struct (EIP-712) from an agreement's inputs and its PDF's sha-256: what the
 * provider signs (or accepts on chain), and its id (`engagementIdOf`), which the `Escalated` event carries.
 */
import { hashTypedData, type Address, type Hex } from 'viem';
import type { AgreementInputs } from './inputs';
import type { LawFirmRetainerInputs } from './law-firm-retainer';
import { kindsBits } from './onchain';
import type { PrCampaignBriefInputs } from './pr-campaign-brief';

/** Inputs of a template whose counterparty is a provider (it has an engagement). */
export type ProviderAgreementInputs = LawFirmRetainerInputs | PrCampaignBriefInputs;

/** Whether the inputs' counterparty is a provider paid on escalation (not an oracle). */
export function isProviderAgreement(inputs: AgreementInputs): inputs is ProviderAgreementInputs {
  return inputs.template === 'law-firm-retainer' || inputs.template === 'pr-campaign-brief';
}

/** The `Engagement` struct as the registry's ABI takes it. */
export interface EngagementStruct {
  provider: Address;
  maker: Address;
  agreementHash: Hex;
  minStake: bigint;
  maxStake: bigint;
  kinds: number;
  validUntil: number;
  uses: number;
  nonce: bigint;
}

/** EIP-712 types of the engagement, field for field as LevetrageBase.ENGAGEMENT_TYPEHASH. */
export const ENGAGEMENT_TYPES = {
  Engagement: [
    { name: 'provider', type: 'address' },
    { name: 'maker', type: 'address' },
    { name: 'agreementHash', type: 'bytes32' },
    { name: 'minStake', type: 'uint96' },
    { name: 'maxStake', type: 'uint96' },
    { name: 'kinds', type: 'uint8' },
    { name: 'validUntil', type: 'uint40' },
    { name: 'uses', type: 'uint32' },
    { name: 'nonce', type: 'uint64' },
  ],
} as const;

/** The engagement of a provider agreement whose PDF has sha-256 `agreementHash`. */
export function engagementOf(inputs: ProviderAgreementInputs, agreementHash: Hex): EngagementStruct {
  const t = inputs.onchain;
  return {
    provider: t.provider as Address,
    maker: t.maker as Address,
    agreementHash,
    minStake: BigInt(t.minStake),
    maxStake: BigInt(t.maxStake),
    kinds: kindsBits(t.kinds),
    validUntil: t.validUntil,
    uses: t.uses,
    nonce: BigInt(t.nonce),
  };
}

/** Typed data for `signTypedData` (wagmi/viem): the provider signs this. */
export function engagementTypedData(inputs: ProviderAgreementInputs, agreementHash: Hex) {
  return {
    domain: { name: 'Levetrage', version: '1', chainId: inputs.onchain.chainId, verifyingContract: inputs.onchain.registry as Address },
    types: ENGAGEMENT_TYPES,
    primaryType: 'Engagement' as const,
    message: engagementOf(inputs, agreementHash),
  };
}

/** The engagement id (EIP-712 digest), equal to the registry's `engagementIdOf(engagement)`. */
export function engagementIdOf(inputs: ProviderAgreementInputs, agreementHash: Hex): Hex {
  return hashTypedData(engagementTypedData(inputs, agreementHash));
}
