/**
 * The registry's `Engagement` struct (EIP-712) from an agreement's inputs and its PDF's sha-256: what the
 * provider signs (or accepts on chain), and its id (`engagementIdOf`), which the `Escalated` event carries.
 */
import type { Address, Hex } from 'viem';
import { engagementId, engagementTypedData, type Engagement } from '../engagements/typed-data';
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

/** The engagement of a provider agreement whose PDF has sha-256 `agreementHash`. */
export function engagementOf(inputs: ProviderAgreementInputs, agreementHash: Hex): Engagement {
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

/** Typed data for `signTypedData` (wagmi/viem): the provider signs this (lib/engagements defines the type). */
export function agreementEngagementTypedData(inputs: ProviderAgreementInputs, agreementHash: Hex) {
  return engagementTypedData(
    inputs.onchain.chainId,
    inputs.onchain.registry as Address,
    engagementOf(inputs, agreementHash),
  );
}

/** The engagement id (EIP-712 digest), equal to the registry's `engagementIdOf(engagement)`. */
export function agreementEngagementId(inputs: ProviderAgreementInputs, agreementHash: Hex): Hex {
  return engagementId(inputs.onchain.chainId, inputs.onchain.registry as Address, engagementOf(inputs, agreementHash));
}
