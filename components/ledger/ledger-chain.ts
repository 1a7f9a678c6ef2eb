import { defaultChainId, getChain } from '@/lib/chains';
import { getDeployment, type Deployment } from '@/lib/contracts/deployments';

type Params = Record<string, string | string[] | undefined>;

/** The `?chain=` of the ledger, track-record and directory pages (default: the app's default chain). */
export function pageChain(params: Params): { chainId: number; deployment: Deployment | null; error?: string } {
  const raw = (Array.isArray(params.chain) ? params.chain[0] : params.chain)?.trim();
  if (!raw) return { chainId: defaultChainId(), deployment: getDeployment(defaultChainId()) };
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !getChain(n))
    return {
      chainId: defaultChainId(),
      deployment: getDeployment(defaultChainId()),
      error: `“${raw.slice(0, 20)}” is not a network this app knows.`,
    };
  return {
    chainId: n,
    deployment: getDeployment(n),
    ...(getDeployment(n) ? {} : { error: `Levetrage is not deployed on network ${n}.` }),
  };
}
