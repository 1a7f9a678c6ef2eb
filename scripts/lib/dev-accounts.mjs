// The 10 anvil dev accounts (mnemonic "test test ... junk") and the role each plays in the demo.
// Public, well-known keys: never send real funds to them. Used by `npm run dev` (printed for wallet import),
// the seed, the keeper (on the local chain only) and the e2e harness. Roles, labels and addresses live in
// lib/dev-accounts.json, which the app reads too (wizard presets on the local chain); the keys only here.
import { readFileSync } from 'node:fs';

/** @typedef {{ index: number, role: string, label: string, address: `0x${string}`, privateKey: `0x${string}` }} DevAccount */

/** anvil's private keys by role. */
const KEYS = {
  deployer: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  jane: '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  joe: '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  mike: '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  oracle: '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
  lawFirm: '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
  prFirm: '0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e',
  xcorp: '0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356',
  keeper: '0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97',
  spare: '0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6',
};

/** @type {DevAccount[]} */
export const devAccounts = JSON.parse(
  readFileSync(new URL('../../lib/dev-accounts.json', import.meta.url), 'utf8'),
).map((/** @type {{ role: string }} */ a) => ({ ...a, privateKey: KEYS[/** @type {keyof typeof KEYS} */ (a.role)] }));

/**
 * The dev account playing `role`.
 * @param {string} role e.g. 'jane', 'oracle', 'xcorp'
 * @returns {DevAccount}
 */
export function devAccount(role) {
  const account = devAccounts.find((a) => a.role === role);
  if (!account)
    throw new Error(`No dev account with role "${role}" (known: ${devAccounts.map((a) => a.role).join(', ')})`);
  return account;
}
