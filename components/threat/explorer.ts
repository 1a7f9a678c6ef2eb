/** Block-explorer links, when the chain has an explorer configured (none on the local anvil chain). */
export interface ExplorerLinks {
  tx: (hash: string) => string | undefined;
  address: (address: string) => string | undefined;
  block: (n: bigint | number) => string | undefined;
}

/** Link builders for an explorer base URL (undefined: no links). */
export function explorerLinks(base: string | undefined): ExplorerLinks {
  const root = base?.replace(/\/+$/, '');
  return {
    tx: (hash) => (root ? `${root}/tx/${hash}` : undefined),
    address: (address) => (root ? `${root}/address/${address}` : undefined),
    block: (n) => (root ? `${root}/block/${n.toString()}` : undefined),
  };
}
