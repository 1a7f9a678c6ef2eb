// One pass through every event the indexer handles, on a fresh chain (see the table at the end of the file for
// which threat emits what). Deterministic apart from prevrandao values, which only ever decide draws with
// p = 0% or 100%.
import { parseEventLogs, type Address, type Hex } from 'viem';
import { levetrageAbi, nashAbi } from '../../abis.generated';
import { rpc } from '../../../scripts/lib/anvil.mjs';
import type { TestChain } from './chain';
import { VRF_LAPSE_BLOCKS } from './chain';
import { runResolverThreats, type ResolverScenario } from './resolvers';
import {
  ETH,
  PROB,
  answerVrf,
  call,
  chainTime,
  create,
  mine,
  settle,
  signEngagement,
  vrfRequestIdOf,
  warp,
  type Engagement,
} from './v2';

const HOUR = 3600;
const AGREEMENT_A: Hex = `0x${'a1'.repeat(32)}`;
const AGREEMENT_B: Hex = `0x${'b2'.repeat(32)}`;
const EVIDENCE: Hex = `0x${'e7'.repeat(32)}`;
/** Bytecode that reverts on any call: the beneficiary that cannot receive its refund. */
const REVERT_CODE = '0x60006000fd';

export interface Scenario {
  ids: {
    fulfilled: bigint; // T1 commitment, refund timeout, fulfilled by the oracle after evidence
    forfeited: bigint; // T2 commitment, forfeit timeout
    escalated: bigint; // T3 commitment, escalate timeout, signed engagement, provider acted
    drawEscalated: bigint; // T4 probabilistic (block beacon, p = 100%), on-chain accepted engagement
    held: bigint; // T5 probabilistic (block beacon, p = 0), held / released / hold expired; live at the end
    vrf: bigint; // T6 probabilistic on the VRF beacon: answered, lapsed 3 times, neutralized
    refused: bigint; // T7 probabilistic on the TestBeacon refusing requests
    pool: bigint; // T8 pool: joined, left, activated, fulfilled, reclaimed
    cancelledPool: bigint; // T9 pool that missed its threshold: cancelled, reclaimed
    promise: bigint; // T10 promise broken (timeout Forfeit)
    backed: bigint; // T11 live threat with a backer, refunded at the deadline, reclaimed
    linked: bigint; // T12 counter-commitment linked to T1
    unpaid: bigint; // T13 refund to a beneficiary that rejects ETH: credited, withdrawn
    future: bigint; // T14 commitment far in the future (never due during the test)
    panel: bigint; // T15 commitment on the 2-of-3 PanelResolver: held by the first approval, fulfilled by the second
    reality: bigint; // T16 commitment on the RealityResolver: yes / no / yes, final after the timeout, fulfilled
    uma: bigint; // T17 commitment on the UmaResolver: one assertion disputed, one undisputed, settled, fulfilled
  };
  /** What the resolver threats T15-T17 did (harness/resolvers.ts). */
  resolvers: ResolverScenario;
  engagementAccepted: Hex;
  engagementSigned: Hex;
  /** Block of the last scenario transaction. */
  lastBlock: bigint;
  /** Chain time at the end. */
  endTime: number;
}

export async function runScenario(chain: TestChain): Promise<Scenario> {
  const w = chain.wallet;
  const a = chain.address;
  const t0 = await chainTime(chain);
  const block = chain.prevrandaoBeacon;

  // ---- engagements: a signed one-use (law firm), a signed one for T6/T7, one accepted on chain (PR firm, 2 uses)
  const signedFor = async (maker: Address, nonce: bigint, kinds = 3): Promise<[Engagement, Hex]> => {
    const e: Engagement = {
      provider: a('lawFirm'),
      maker,
      agreementHash: AGREEMENT_A,
      minStake: 0n,
      maxStake: 0n,
      kinds,
      validUntil: t0 + 30 * 86400,
      uses: 1,
      nonce,
    };
    return [e, await signEngagement(chain, w('lawFirm'), e)];
  };
  const accepted: Engagement = {
    provider: a('prFirm'),
    maker: a('joe'),
    agreementHash: AGREEMENT_B,
    minStake: ETH / 10n,
    maxStake: 50n * ETH,
    kinds: 2,
    validUntil: t0 + 30 * 86400,
    uses: 2,
    nonce: 7n,
  };
  const { receipt: acceptReceipt } = await call(chain, w('prFirm'), 'acceptEngagement', [accepted]);
  const engagementAccepted = parseEventLogs({
    abi: levetrageAbi,
    eventName: 'EngagementAccepted',
    logs: acceptReceipt.logs,
  })[0]!.args.engagementId;

  // ---- T1: fulfilled after the adversary's evidence (a claim) and the oracle's own evidence
  const fulfilled = await create(
    chain,
    w('jane'),
    {
      resolver: a('oracle'),
      beneficiary: a('jane'),
      adversary: a('xcorp'),
      deadline: t0 + HOUR,
      timeoutAction: 0,
      terms: "Jane's refund: pay back $10,000",
    },
    ETH,
  );
  await call(chain, w('xcorp'), 'submitEvidence', [fulfilled, EVIDENCE, 'ipfs://refund-receipt']);
  await call(chain, w('oracle'), 'submitEvidence', [fulfilled, EVIDENCE, 'ipfs://oracle-check']);
  await call(chain, w('oracle'), 'fulfil', [fulfilled, EVIDENCE]);

  // ---- T2: forfeit at the deadline
  const forfeited = await create(
    chain,
    w('joe'),
    {
      resolver: a('oracle'),
      beneficiary: a('joe'),
      deadline: t0 + HOUR,
      timeoutAction: 1,
      terms: 'Forfeit to NASH holders unless met',
    },
    2n * ETH,
  );

  // ---- T3: escalate at the deadline to the law firm (signed engagement)
  const [e3, sig3] = await signedFor(a('mike'), 1n);
  const escalated = await create(
    chain,
    w('mike'),
    { resolver: a('oracle'), beneficiary: a('mike'), deadline: t0 + HOUR, timeoutAction: 2, terms: "Mike's raise" },
    3n * ETH,
    e3,
    sig3,
  );
  const engagementSigned = (await chain.client.readContract({
    address: chain.registry,
    abi: levetrageAbi,
    functionName: 'engagementIdOf',
    args: [e3],
  })) as Hex;

  // ---- T4: probabilistic, block beacon, p = 100%: escalates at the first draw (accepted engagement, empty signature)
  const drawEscalated = await create(
    chain,
    w('joe'),
    {
      resolver: a('oracle'),
      beneficiary: a('joe'),
      deadline: t0 + HOUR,
      timeoutAction: 0,
      odds: { beacon: block, period: 60, pEscalate: PROB, pTerminate: 0 },
      terms: 'Hornet nest: 100% per minute',
    },
    ETH,
    accepted,
  );

  // ---- T5: probabilistic, block beacon, p = 0 escalation (1 ppb), held and released
  const held = await create(
    chain,
    w('joe'),
    {
      resolver: a('oracle'),
      beneficiary: a('joe'),
      deadline: t0 + 10 * HOUR,
      timeoutAction: 0,
      odds: { beacon: block, period: 600, pEscalate: 1, pTerminate: 0 },
      terms: 'Held while the claim is checked',
    },
    ETH,
    accepted,
  );

  // ---- T6: probabilistic on the VRF beacon; T7 on the refusing TestBeacon (law firm signatures)
  const [e6, sig6] = await signedFor(a('jane'), 2n, 2);
  const vrf = await create(
    chain,
    w('jane'),
    {
      resolver: a('oracle'),
      beneficiary: a('jane'),
      deadline: t0 + 10 * HOUR,
      timeoutAction: 0,
      odds: { beacon: chain.vrfBeacon, period: 600, pEscalate: 1, pTerminate: 0 },
      terms: 'VRF drawn',
    },
    ETH,
    e6,
    sig6,
  );
  const [e7, sig7] = await signedFor(a('jane'), 3n, 2);
  const refused = await create(
    chain,
    w('jane'),
    {
      resolver: a('oracle'),
      beneficiary: a('jane'),
      deadline: t0 + 10 * HOUR,
      timeoutAction: 0,
      odds: { beacon: chain.testBeacon, period: 600, pEscalate: 1, pTerminate: 0 },
      terms: 'The beacon refuses',
    },
    ETH,
    e7,
    sig7,
  );
  await call(chain, w('deployer'), 'setFailRequests', [true], 0n, chain.testBeacon, chain.testBeaconAbi);

  // ---- T8: a pool (refund commitment): joe and the spare join, the spare leaves, X Corp joins, activated, fulfilled
  const pool = await create(
    chain,
    w('mike'),
    {
      resolver: a('oracle'),
      beneficiary: a('mike'),
      deadline: t0 + 2 * HOUR,
      timeoutAction: 0,
      funding: { cap: 10n * ETH, gatherUntil: t0 + 600, minPledgers: 3 },
      terms: 'Pool: three pledgers',
    },
    ETH,
  );
  await call(chain, w('joe'), 'join', [pool, []], ETH);
  await call(chain, w('spare'), 'join', [pool, []], ETH / 2n);
  await call(chain, w('spare'), 'leave', [pool]);
  await call(chain, w('xcorp'), 'join', [pool, []], 2n * ETH);
  await call(chain, w('keeper'), 'activate', [pool]);
  await call(chain, w('oracle'), 'fulfil', [pool, EVIDENCE]);
  await call(chain, w('joe'), 'reclaim', [pool]);
  await call(chain, w('xcorp'), 'reclaim', [pool]);

  // ---- T9: a pool that misses minTotal
  const cancelledPool = await create(
    chain,
    w('mike'),
    {
      resolver: a('oracle'),
      beneficiary: a('mike'),
      deadline: t0 + 2 * HOUR,
      timeoutAction: 0,
      funding: { cap: 10n * ETH, gatherUntil: t0 + 600, minTotal: 5n * ETH },
      terms: 'Pool: five ETH or nothing',
    },
    ETH,
  );
  await call(chain, w('joe'), 'join', [cancelledPool, []], ETH);

  // ---- T10: a promise broken (timeout Forfeit)
  const promise = await create(
    chain,
    w('jane'),
    {
      resolver: a('oracle'),
      beneficiary: a('jane'),
      deadline: t0 + HOUR,
      timeoutAction: 1,
      flags: 1,
      terms: 'I promise to publish the report',
    },
    ETH / 2n,
  );
  await call(chain, w('oracle'), 'breach', [promise, EVIDENCE]);

  // ---- T11: backers allowed on a live threat
  const backed = await create(
    chain,
    w('jane'),
    {
      resolver: a('oracle'),
      beneficiary: a('jane'),
      deadline: t0 + HOUR,
      timeoutAction: 0,
      funding: { cap: 5n * ETH },
      terms: 'Backed by X Corp',
    },
    ETH,
  );
  await call(chain, w('xcorp'), 'join', [backed, []], ETH);

  // ---- T12: a counter-commitment linked to T1
  const linked = await create(
    chain,
    w('xcorp'),
    {
      resolver: a('oracle'),
      beneficiary: a('xcorp'),
      deadline: t0 + HOUR,
      timeoutAction: 0,
      linkedTo: fulfilled,
      terms: 'X Corp answers Jane',
    },
    ETH / 10n,
  );

  // ---- T13: the refund cannot be paid (the beneficiary rejects ETH for a while)
  const unpaid = await create(
    chain,
    w('mike'),
    {
      resolver: a('oracle'),
      beneficiary: a('spare'),
      deadline: t0 + HOUR,
      timeoutAction: 0,
      terms: 'Refund to a contract that rejects ETH',
    },
    ETH / 4n,
  );

  // ---- engagements revoked, fees changed
  await call(chain, w('lawFirm'), 'revokeNonce', [99n]);
  const [eRevoked] = await signedFor(a('joe'), 50n);
  await call(chain, w('lawFirm'), 'revokeEngagement', [eRevoked]);
  await call(chain, w('deployer'), 'setFee', [0, 5n * ETH]); // decrease: FeeSet at once
  await call(chain, w('deployer'), 'setFee', [1, 30n * ETH]); // increase: FeeIncreaseScheduled

  // ---- one minute later: T4's first draw
  await warp(chain, 61);
  await settle(chain, drawEscalated); // DrawRequested
  await mine(chain, 2);
  await settle(chain, drawEscalated); // DrawSettled(escalate) + Escalated
  await call(chain, w('prFirm'), 'recordActed', [drawEscalated, EVIDENCE, 'https://court.example/filing-1']);

  // ---- ten minutes later: draws of T5 / T6 / T7, the cancelled pool
  await warp(chain, 600);
  await settle(chain, held); // request period 1
  await mine(chain, 2);
  await settle(chain, held); // settle period 1 (neutral)
  await call(chain, w('oracle'), 'hold', [held, 600]); // FulfilmentClaimed
  await call(chain, w('oracle'), 'release', [held]); // ClaimReleased(false)
  await call(chain, w('oracle'), 'hold', [held, 60]); // FulfilmentClaimed
  await settle(chain, vrf); // Requested + DrawRequested
  const [t6] = await chain.client.readContract({
    address: chain.registry,
    abi: levetrageAbi,
    functionName: 'getThreat',
    args: [vrf],
  });
  const ticket6 = Number(BigInt(t6.ticket) & ((1n << 40n) - 1n));
  await answerVrf(chain, await vrfRequestIdOf(chain, ticket6), 12345n); // Answered
  await settle(chain, vrf); // DrawSettled (neutral)
  await settle(chain, refused); // DrawRequestFailed
  await settle(chain, cancelledPool); // Cancelled + Refunded
  await call(chain, w('joe'), 'reclaim', [cancelledPool]);

  // ---- the hold of T5 expires; T6's next draw lapses three times, then counts as neutral
  await warp(chain, 601);
  await settle(chain, held); // ClaimReleased(true) + DrawRequested (period 2)
  await settle(chain, vrf); // DrawRequested (period 2)
  for (let lapse = 0; lapse < 4; lapse++) {
    await mine(chain, VRF_LAPSE_BLOCKS + 1);
    await settle(chain, vrf); // DrawLapsed(rerequested) + DrawRequested ×3, then DrawLapsed(false) + DrawSettled(neutralized)
  }
  const [t6b] = await chain.client.readContract({
    address: chain.registry,
    abi: levetrageAbi,
    functionName: 'getThreat',
    args: [vrf],
  });
  void t6b;
  // A late answer to the first lapsed request is ignored by the beacon.
  const lapsedTicket = ticket6 + 1;
  await answerVrf(chain, await vrfRequestIdOf(chain, lapsedTicket), 999n); // AnswerIgnored(late)

  // ---- past the one-hour deadlines: forfeit, escalate, refund with a backer, linked, unpaid refund
  await warp(chain, HOUR);
  await settle(chain, forfeited); // Forfeited + NASH Distributed
  await settle(chain, escalated); // Escalated
  await call(chain, w('lawFirm'), 'recordActed', [escalated, EVIDENCE, 'https://court.example/filing-3']);
  await call(chain, w('lawFirm'), 'recordActed', [escalated, EVIDENCE, 'https://court.example/filing-3b']);
  await settle(chain, backed); // Refunded (own share)
  await call(chain, w('xcorp'), 'reclaim', [backed]);
  await settle(chain, linked);
  await rpc(chain.rpcUrl, 'anvil_setCode', [a('spare'), REVERT_CODE]);
  await settle(chain, unpaid); // Refunded(paid = false): credited to withdrawable
  await rpc(chain.rpcUrl, 'anvil_setCode', [a('spare'), '0x']);
  await call(chain, w('spare'), 'withdraw', []);
  // NASH dividends of T2's forfeit: claimable from the next block on.
  await mine(chain, 1);
  await call(chain, w('lawFirm'), 'claim', [], 0n, chain.nash, nashAbi);

  // ---- three days later: the fee increase applies; the fee controller moves
  await warp(chain, 3 * 86400);
  await call(chain, w('keeper'), 'applyFee', [1]);
  await call(chain, w('deployer'), 'setFeeController', [a('spare')]);

  const now = await chainTime(chain);
  const future = await create(
    chain,
    w('jane'),
    {
      resolver: a('oracle'),
      beneficiary: a('jane'),
      deadline: now + 30 * 86400,
      timeoutAction: 0,
      terms: 'Due in a month',
    },
    ETH / 10n,
  );

  // ---- T15-T17 (after T14): threats decided by the panel, Reality.eth and UMA resolvers (an hour of chain time)
  const resolvers = await runResolverThreats(chain);

  const lastBlock = await chain.client.getBlockNumber({ cacheTime: 0 });
  return {
    ids: {
      fulfilled,
      forfeited,
      escalated,
      drawEscalated,
      held,
      vrf,
      refused,
      pool,
      cancelledPool,
      promise,
      backed,
      linked,
      unpaid,
      future,
      panel: resolvers.panel.id,
      reality: resolvers.reality.id,
      uma: resolvers.uma.id,
    },
    resolvers,
    engagementAccepted,
    engagementSigned,
    lastBlock,
    endTime: await chainTime(chain),
  };
}
