import type { Abi } from 'viem';
import { toFunctionSelector } from 'viem';
import { formatAbiItem } from 'viem/utils';
import * as generated from '@/lib/contracts/abis.generated';
import ierc20Errors from '@openzeppelin/contracts/build/contracts/IERC20Errors.json';

/** One custom-error entry of an ABI. */
export type AbiError = Extract<Abi[number], { type: 'error' }>;

/**
 * Every ABI exported by `lib/contracts/abis.generated.ts` (registry, NASH, beacons and their
 * implementations once generated), by export name. New ABIs are picked up without touching this file.
 */
export const generatedAbis: Record<string, Abi> = Object.fromEntries(
  Object.entries(generated as Record<string, unknown>).filter(([, v]) => Array.isArray(v)),
) as Record<string, Abi>;

/** OpenZeppelin's ERC-20 errors (ERC-6093), read from the OpenZeppelin package's own build artifact. */
export const ozErc20ErrorsAbi = (ierc20Errors as { abi: Abi }).abi;

/** The 4-byte selector of an error item. */
export function errorSelector(item: AbiError): `0x${string}` {
  return toFunctionSelector(formatAbiItem(item));
}

/**
 * One ABI holding every custom error any of our contracts may revert with, deduplicated by selector
 * (e.g. `EthTransferFailed(address,uint256)` is declared by both the registry and NASH).
 */
export const allErrorsAbi: readonly AbiError[] = (() => {
  const bySelector = new Map<string, AbiError>();
  for (const abi of [...Object.values(generatedAbis), ozErc20ErrorsAbi]) {
    for (const item of abi) {
      if (item.type !== 'error') continue;
      const sel = errorSelector(item);
      if (!bySelector.has(sel)) bySelector.set(sel, item);
    }
  }
  return [...bySelector.values()];
})();
