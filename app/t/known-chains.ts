import { deployedChains, getDeployedChain } from '@/lib/chains';
import type { Chain } from 'viem';

/** A chain the public page can read: configured in the app and with a recorded Levetrage deployment. */
export interface ReadableChain {
  id: number;
  name: string;
  explorer?: string;
}

const readable = (c: Chain): ReadableChain => ({ id: c.id, name: c.name, explorer: c.blockExplorers?.default.url });

/** Chains with a deployment the page can read from. */
export function readableChains(): ReadableChain[] {
  return deployedChains().map(readable);
}

/**
 * The chain named by a URL segment, or null when the segment is not a chain id the page can read
 * (not a number, not configured, or nothing deployed there).
 */
export function chainFromSegment(segment: string): ReadableChain | null {
  if (!/^[0-9]{1,12}$/.test(segment)) return null;
  const chain = getDeployedChain(Number(segment));
  return chain ? readable(chain) : null;
}
