import { getAddress, isAddress, type Address } from 'viem';
import { defaultChainId, supportedChains } from '@/lib/chains';
import { getDeployment, type Deployment } from '@/lib/contracts/deployments';

/** The desks' URL query: `?address=0x…&chain=31337`, both optional. */
export interface DeskQuery {
  /** The address whose desk to show (checksummed), when one was typed or set by the wallet. */
  address?: Address;
  chainId: number;
  deployment: Deployment | null;
  /** What was wrong with the query, in words (the page shows it and stays usable). */
  error?: string;
}

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim();

/**
 * Reads and validates a desk's query. A bad address or chain gives an error message, never a crash.
 * @param params Next's `searchParams`.
 */
export function parseDeskQuery(params: Params): DeskQuery {
  const rawAddress = first(params.address);
  const rawChain = first(params.chain);
  let chainId = defaultChainId();
  const errors: string[] = [];
  if (rawChain) {
    const n = Number(rawChain);
    if (!/^\d+$/.test(rawChain) || !supportedChains.some((c) => c.id === n)) {
      errors.push(
        `“${rawChain}” is not a network this app knows (known: ${supportedChains.map((c) => `${c.name} = ${c.id}`).join(', ')}).`,
      );
    } else if (!getDeployment(n)) {
      errors.push(`Levetrage is not deployed on network ${n}.`);
    } else chainId = n;
  }
  let address: Address | undefined;
  if (rawAddress) {
    if (isAddress(rawAddress, { strict: false })) address = getAddress(rawAddress);
    else
      errors.push(
        `“${rawAddress.slice(0, 60)}” is not an Ethereum address: it must be 0x followed by 40 hexadecimal characters.`,
      );
  }
  return {
    address,
    chainId,
    deployment: getDeployment(chainId),
    ...(errors.length ? { error: errors.join(' ') } : {}),
  };
}

/** The URL of a desk for an address and chain. */
export function deskHref(path: string, address: Address | undefined, chainId: number): string {
  const q = new URLSearchParams();
  if (address) q.set('address', address);
  if (chainId !== defaultChainId()) q.set('chain', String(chainId));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
