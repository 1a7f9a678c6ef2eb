// The stack started by startStack() in this test file, so helpers can default to its anvil.
let rpcUrl: string | null = null;

/** Records the running stack's anvil URL (called by startStack / stopStack). */
export function setCurrentRpcUrl(url: string | null): void {
  rpcUrl = url;
}

/** The running stack's anvil URL; throws when no stack is running and none was passed. */
export function currentRpcUrl(): string {
  if (!rpcUrl) throw new Error('No e2e stack is running: call startStack() first or pass an rpcUrl');
  return rpcUrl;
}
