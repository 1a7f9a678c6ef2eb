/**
 * The EIP-712 shape of a provider's engagement, exactly as the registry hashes it
 * (`LevetrageBase.ENGAGEMENT_TYPEHASH`, domain "Levetrage" / "1" / chain id / registry address).
 * The digest is the engagement's id: the registry stores it with the threat and emits it in ThreatCreated and
 * Escalated, so a provider's software matches an escalation to the engagement it signed.
 */
import { hashTypedData, type Address, type Hex, type TypedDataDomain } from 'viem';

/** The EIP-712 domain's name and version (the registry's `EIP712("Levetrage", "1")`). */
export const ENGAGEMENT_DOMAIN_NAME = 'Levetrage';
export const ENGAGEMENT_DOMAIN_VERSION = '1';

/** The EIP-712 types of `Engagement` (field order is the contract's). */
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

/** The EIP-712 type string, `Engagement(address provider,…,uint64 nonce)`: keccak256 of it is the contract's
 * ENGAGEMENT_TYPEHASH (a test compares it with LevetrageBase.sol). Printed in the agreement templates. */
export const ENGAGEMENT_TYPE = `Engagement(${ENGAGEMENT_TYPES.Engagement.map((f) => `${f.type} ${f.name}`).join(',')})`;

/** Bits of `Engagement.kinds`: `1 << Kind` (Commitment = 0, Probabilistic = 1). */
export const KIND_BITS = { commitment: 1, probabilistic: 2 } as const;

/** An engagement as the registry takes it (`Engagement` in DataTypes.sol). */
export interface Engagement {
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

/** The all-zero engagement a threat that can never escalate passes (with an empty signature). */
export const NO_ENGAGEMENT: Engagement = {
  provider: '0x0000000000000000000000000000000000000000',
  maker: '0x0000000000000000000000000000000000000000',
  agreementHash: '0x0000000000000000000000000000000000000000000000000000000000000000',
  minStake: 0n,
  maxStake: 0n,
  kinds: 0,
  validUntil: 0,
  uses: 0,
  nonce: 0n,
};

/** The EIP-712 domain of the registry at `registry` on `chainId`. */
export function engagementDomain(chainId: number, registry: Address): TypedDataDomain {
  return { name: ENGAGEMENT_DOMAIN_NAME, version: ENGAGEMENT_DOMAIN_VERSION, chainId, verifyingContract: registry };
}

/** Everything a wallet's `signTypedData` needs to sign `engagement` for the registry. */
export function engagementTypedData(chainId: number, registry: Address, engagement: Engagement) {
  return {
    domain: engagementDomain(chainId, registry),
    types: ENGAGEMENT_TYPES,
    primaryType: 'Engagement' as const,
    message: engagement,
  };
}

/** The engagement's id: its EIP-712 digest, as `engagementIdOf` on the registry computes it. */
export function engagementId(chainId: number, registry: Address, engagement: Engagement): Hex {
  return hashTypedData(engagementTypedData(chainId, registry, engagement));
}

/** An engagement as viem decodes it from calldata or an event (numbers may be bigints), in the app's types. */
export function engagementFromAbi(e: {
  provider: Address;
  maker: Address;
  agreementHash: Hex;
  minStake: bigint | number;
  maxStake: bigint | number;
  kinds: bigint | number;
  validUntil: bigint | number;
  uses: bigint | number;
  nonce: bigint | number;
}): Engagement {
  return {
    provider: e.provider,
    maker: e.maker,
    agreementHash: e.agreementHash,
    minStake: BigInt(e.minStake),
    maxStake: BigInt(e.maxStake),
    kinds: Number(e.kinds),
    validUntil: Number(e.validUntil),
    uses: Number(e.uses),
    nonce: BigInt(e.nonce),
  };
}
