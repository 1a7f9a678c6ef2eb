import { settleDueOnce } from '../../../scripts/keeper';
import { currentRpcUrl } from './current';

/**
 * Runs one keeper pass on the running stack: settles every due period, ready draw and past deadline,
 * as the keeper account (not privileged). Mine blocks first (`mine(n)`) when a draw waits on its beacon block.
 */
export async function settleDue(rpcUrl = currentRpcUrl()) {
  return settleDueOnce(rpcUrl);
}
