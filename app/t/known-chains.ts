import { getChain, supportedChains } from '@/lib/chains';
import { getDeployment } from '@/lib/contracts/deployments';

/** A chain the public page can read: configured in the app and with a recorded Levetrage deployment. */
export interface ReadableChain {
  id: number;
  name: string;
  explorer?: string;
}

/** Chains with a deployment the page can read from. */
export function readableChains(): ReadableChain[] {
  return supportedChains
    .filter((c) => getDeployment(c.id) !== null)
    .map((c) => ({ id: c.id, name: c.name, explorer: c.blockExplorers?.default.url }));
}

/**
 * The chain named by a URL segment, or null when the segment is not a chain id the page can read
 * (not a number, not configured, or nothing deployed there).
 */
export function chainFromSegment(segment: string): ReadableChain | null {
  if (!/^[0-9]{1,12}$/.test(segment)) return null;
  const id = Number(segment);
  const chain = getChain(id);
  if (!chain || getDeployment(id) === null) return null;
  return { id, name: chain.name, explorer: chain.blockExplorers?.default.url };
}
