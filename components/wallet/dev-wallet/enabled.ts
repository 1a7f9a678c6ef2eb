import { LOCAL_CHAIN_ID } from '@/lib/chains';
import { getDeployment } from '@/lib/contracts/deployments';

/** Connector id of the dev wallet (also RainbowKit's wallet id). */
export const DEV_WALLET_ID = 'levetrageDevWallet';

/**
 * Whether the built-in dev wallet is offered: only when the local anvil chain has a deployment, and
 * not when `NEXT_PUBLIC_DEV_WALLET=off` (e.g. a public deployment). No wallet code here (light pages use it).
 */
export function devWalletEnabled(): boolean {
  return process.env.NEXT_PUBLIC_DEV_WALLET !== 'off' && getDeployment(LOCAL_CHAIN_ID) !== null;
}
