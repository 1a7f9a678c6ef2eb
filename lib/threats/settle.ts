/**
 * "Trigger due draws" from the public page, with any injected EIP-1193 wallet (no RainbowKit): connect,
 * check the network, build the beacon proof, simulate `settle(id, proof)`, send it, wait for the receipt and
 * say what happened. Loaded by the page only when the button is clicked (dynamic import), so viem's wallet
 * code and the error decoder never weigh on the page's first load. The keeper is not privileged: anyone may call.
 */
import {
  createPublicClient,
  createWalletClient,
  custom,
  type Address,
  type EIP1193Provider,
  type Hex,
  type Log,
  zeroAddress,
} from 'viem';
import { getChain } from '../chains';
import { getDeployment } from '../contracts/deployments';
import { levetrageAbi } from '../contracts/abis.generated';
import { readDrawFee, settle } from '../contracts/actions/settle';
import { registryEvents } from '../contracts/events';
import { decodeError, type DecodedError } from '../errors';
import { settleProof } from '../randomness/settle-proof';
import { drawOutcomeKey } from '../contracts/enums.generated';
import type { DrawOutcomeName, ThreatStatus } from './types';

/** Progress reported while settling. */
export type SettleStep = 'connecting' | 'checking' | 'proving' | 'simulating' | 'signing' | 'mining';

/** What a settle transaction did, read from its receipt. */
export interface SettleSuccess {
  ok: true;
  txHash: Hex;
  blockNumber: bigint;
  status: ThreatStatus;
  draws: { period: number; outcome: DrawOutcomeName; lapsed: boolean }[];
  requested: { fromPeriod: number; throughPeriod: number; ticket: number } | null;
  /** One sentence for people. */
  summary: string;
}

/** Why it did not happen, in words (never a stack trace). */
export interface SettleFailure {
  ok: false;
  error: Pick<DecodedError, 'kind' | 'title' | 'message'> & { errorName?: string };
}

export type SettleOutcome = SettleSuccess | SettleFailure;

/** Parameters of {@link settleFromBrowser}. */
export interface SettleParams {
  /** The injected wallet (`window.ethereum`); undefined when there is none. */
  provider: EIP1193Provider | undefined;
  chainId: number;
  registry: Address;
  id: bigint;
  onStep?: (step: SettleStep) => void;
}

const fail = (kind: DecodedError['kind'], title: string, message: string): SettleFailure => ({
  ok: false,
  error: { kind, title, message },
});

/** Summarises a settle receipt's registry events in one sentence. */
export function summarizeSettle(r: Omit<SettleSuccess, 'ok' | 'txHash' | 'blockNumber' | 'summary'>): string {
  const parts: string[] = [];
  if (r.draws.length > 0) {
    const last = r.draws[r.draws.length - 1];
    const range = r.draws.length === 1 ? `period ${last.period}` : `periods ${r.draws[0].period}–${last.period}`;
    parts.push(`Drew ${range}: ${r.draws.map((d) => (d.lapsed ? `${d.outcome} (lapsed)` : d.outcome)).join(', ')}.`);
  }
  if (r.requested) {
    const { fromPeriod, throughPeriod, ticket } = r.requested;
    const range = fromPeriod === throughPeriod ? `period ${fromPeriod}` : `periods ${fromPeriod}–${throughPeriod}`;
    parts.push(
      `Requested the draw of ${range}; its random value is fixed by block ${ticket}. Settle again after that block.`,
    );
  }
  if (r.status !== 'live') parts.push(`The threat is now ${r.status}.`);
  if (parts.length === 0) parts.push('Settled.');
  return parts.join(' ');
}

/**
 * Settles threat `id` from the browser. Never throws: failures come back as `{ ok: false, error }` with a
 * title and message for people (rejected signature, wrong network, revert decoded by `lib/errors`, …).
 */
export async function settleFromBrowser({
  provider,
  chainId,
  registry,
  id,
  onStep,
}: SettleParams): Promise<SettleOutcome> {
  if (!provider) {
    return fail(
      'unknown',
      'No browser wallet found',
      'Triggering draws sends a transaction, which needs a wallet extension (or a wallet app’s browser). You do not need to: anyone, including the maker’s keeper, can trigger them, and the outcome is the same whoever does.',
    );
  }
  const chain = getChain(chainId);
  if (!chain) return fail('wrong-network', 'Unknown chain', `This app is not configured for chain ${chainId}.`);
  try {
    onStep?.('connecting');
    const wallet = createWalletClient({ chain, transport: custom(provider) });
    const [account] = await wallet.requestAddresses();
    if (!account) return fail('rejected', 'No account', 'The wallet did not share an account.');
    const walletChain = await wallet.getChainId();
    if (walletChain !== chainId) {
      try {
        await wallet.switchChain({ id: chainId });
      } catch {
        return fail(
          'wrong-network',
          'Wrong network',
          `Your wallet is on chain ${walletChain}; switch it to ${chain.name} (chain ${chainId}) and try again.`,
        );
      }
    }
    const client = createPublicClient({ chain, transport: custom(provider) });

    onStep?.('checking');
    const [[threat, odds], latest] = await Promise.all([
      client.readContract({ address: registry, abi: levetrageAbi, functionName: 'getThreat', args: [id] }),
      client.getBlockNumber({ cacheTime: 0 }),
    ]);
    // The block beacon's ticket is a block number and its proof that block's header; other beacons need no proof.
    const prevrandaoBeacon = getDeployment(chainId)?.prevrandaoBeacon ?? zeroAddress;
    if (odds.beacon.toLowerCase() === prevrandaoBeacon.toLowerCase() && threat.pendingThrough > threat.settledPeriods)
      onStep?.('proving');
    const proved = await settleProof(client, { ...threat, beacon: odds.beacon, prevrandaoBeacon }, latest);
    if (!proved.ready) {
      const ticket = proved.ticket;
      return fail(
        'revert',
        'The random value is not fixed yet',
        `Draws ${threat.settledPeriods + 1}–${threat.pendingThrough} wait for block ${ticket}; the chain is at block ${latest}. Try again after ${ticket - latest} more block${ticket - latest === 1n ? '' : 's'}.`,
      );
    }
    const proof: Hex = proved.proof;

    onStep?.('simulating');
    // A paid beacon (VRF) charges its request fee from the settle's value; whatever is unused comes back.
    const drawFee = await readDrawFee(client, { registry, id });
    const { hash: txHash, receipt } = await settle(
      wallet,
      { registry, id, proof, drawFee },
      { account, publicClient: client, onSimulated: () => onStep?.('signing'), onSubmitted: () => onStep?.('mining') },
    );
    return { ok: true, txHash, blockNumber: receipt.blockNumber, ...readReceipt(receipt.logs, registry, id) };
  } catch (e) {
    const d = decodeError(e, { expectedChainName: chain.name });
    return { ok: false, error: { kind: d.kind, title: d.title, message: d.message, errorName: d.errorName } };
  }
}

/** The registry events of threat `id` in a receipt, summarised. */
export function readReceipt(
  logs: readonly Log[],
  registry: Address,
  id: bigint,
): Omit<SettleSuccess, 'ok' | 'txHash' | 'blockNumber'> {
  const events = registryEvents(logs, registry).filter((l) => (l.args as { id?: bigint }).id === id);
  const draws: SettleSuccess['draws'] = [];
  let requested: SettleSuccess['requested'] = null;
  let status: ThreatStatus = 'live';
  for (const ev of events) {
    if (ev.eventName === 'DrawSettled') {
      draws.push({
        period: Number(ev.args.period),
        outcome: drawOutcomeKey(ev.args.outcome),
        lapsed: ev.args.neutralized,
      });
    } else if (ev.eventName === 'DrawRequested') {
      requested = {
        fromPeriod: Number(ev.args.fromPeriod),
        throughPeriod: Number(ev.args.throughPeriod),
        ticket: Number(ev.args.ticket),
      };
    } else if (ev.eventName === 'Escalated') status = 'escalated';
    else if (ev.eventName === 'Forfeited') status = 'forfeited';
    else if (ev.eventName === 'Refunded') status = status === 'fulfilled' ? status : 'refunded';
    else if (ev.eventName === 'Fulfilled') status = 'fulfilled';
  }
  const base = { status, draws, requested };
  return { ...base, summary: summarizeSettle(base) };
}
