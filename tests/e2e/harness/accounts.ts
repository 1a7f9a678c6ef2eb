import type { Address, Hex } from 'viem';
import { devAccounts } from '../../../scripts/lib/dev-accounts.mjs';

/** An anvil dev account with the role it plays in the demo and tests. */
export interface AnvilAccount {
  index: number;
  role: 'deployer' | 'jane' | 'joe' | 'mike' | 'oracle' | 'lawFirm' | 'prFirm' | 'xcorp' | 'keeper' | 'spare';
  label: string;
  address: Address;
  privateKey: Hex;
}

/** The 10 anvil dev accounts, unlocked on every anvil the harness starts, keyed by role. */
export const anvilAccounts = Object.fromEntries(devAccounts.map((a) => [a.role, a])) as Record<
  AnvilAccount['role'],
  AnvilAccount
>;

/** The same accounts as a list in anvil's order (index 0 = deployer). */
export const anvilAccountList = devAccounts as AnvilAccount[];
