'use client';

import type { signTypedData } from 'wagmi/actions';
import { loadWallet } from './wallet-store';

/** What `signTypedData` of wagmi takes: the typed data (domain, types, primaryType, message) and the account. */
export type TypedDataToSign = Parameters<typeof signTypedData>[1];

/**
 * Signs EIP-712 typed data with the connected wallet, loading the wallet code on demand (pages that only read
 * never load it). Throws what the wallet throws (a refusal, a disconnected wallet): decode it with
 * `decodeError` (lib/errors).
 */
export async function signTypedDataWithWallet(typed: TypedDataToSign): Promise<`0x${string}`> {
  const [{ config }, actions] = await Promise.all([loadWallet(), import('wagmi/actions')]);
  return actions.signTypedData(config, typed);
}
