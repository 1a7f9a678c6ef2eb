'use client';

import type { TypedData } from 'viem';
import type { SignTypedDataParameters } from 'wagmi/actions';
import { loadWallet } from './wallet-store';

/**
 * Signs EIP-712 typed data with the connected wallet, loading the wallet code on demand (pages that only read
 * never load it). Throws what the wallet throws (a refusal, a disconnected wallet): decode it with
 * `decodeError` (lib/errors).
 */
export async function signTypedDataWithWallet<
  const typedData extends TypedData | Record<string, unknown>,
  primaryType extends keyof typedData | 'EIP712Domain',
>(typed: SignTypedDataParameters<typedData, primaryType>): Promise<`0x${string}`> {
  const [{ config }, actions] = await Promise.all([loadWallet(), import('wagmi/actions')]);
  return actions.signTypedData(config, typed);
}
