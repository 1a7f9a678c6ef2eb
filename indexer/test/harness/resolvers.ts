// The scenario's threats decided by the resolver contracts of the local deploy (contracts/script/lib/Peers.sol):
// a 2-of-3 panel, a Reality.eth question (the real Reality.eth v3 and its arbitrator) and an UMA assertion (the
// real Optimistic Oracle V3, MockOracleAncillary as the DVM), each ending fulfilled. resolverData comes from the
// app's own encoding (lib/resolvers/resolution.ts). Every resolver event the indexer handles is emitted but
// RegistryCallFailed (a registry call that fails inside a resolver).
import { parseEventLogs, type Address, type Hex } from 'viem';
import {
  optimisticOracleV3Abi,
  panelResolverAbi,
  realityEthV3_0Abi,
  realityResolverAbi,
  umaResolverAbi,
  weth9Abi,
} from '../../../lib/contracts/abis.generated';
import { resolutionParams, type Resolution } from '../../../lib/resolvers/resolution';
import type { Role, TestChain } from './chain';
import { ETH, call, chainTime, create, warp, type ParamsInput } from './v2';

const HOUR = 3600;
const RESOLVER_GAS = 3_000_000n;
export const PANEL_EVIDENCE: Hex = `0x${'9a'.repeat(32)}`;

export interface ResolverScenario {
  panel: {
    id: bigint;
    members: Address[];
    /** The two members who approved, in order. */
    approvers: Address[];
    grace: number;
  };
  reality: {
    id: bigint;
    questionId: Hex;
    timeout: number;
    minBond: bigint;
    /** The answers given through the resolver, in order. */
    answers: { answerer: Address; yes: boolean; bond: bigint }[];
  };
  uma: {
    id: bigint;
    bond: bigint;
    liveness: number;
    claim: string;
    /** Asserted by X Corp and disputed by the keeper (never settled: the DVM does not vote). */
    disputed: { assertionId: Hex; asserter: Address; disputer: Address };
    /** Asserted by Joe, undisputed: settled true after the liveness, it fulfils. */
    settled: { assertionId: Hex; asserter: Address };
  };
}

export async function runResolverThreats(chain: TestChain): Promise<ResolverScenario> {
  const w = chain.wallet;
  const a = chain.address;
  const d = chain.deployment;
  const withResolution = (r: Resolution, p: Omit<ParamsInput, 'resolver'>): ParamsInput => ({
    ...p,
    ...resolutionParams(r, d),
  });
  // An explicit gas limit: the resolvers try/catch their registry calls (and Reality.eth / the OOv3 call back into
  // them), so a gas estimate that starves an inner call still "succeeds" and may not fit the block it lands in.
  const send = (
    who: Role,
    functionName: string,
    args: readonly unknown[],
    value: bigint,
    address: Address,
    abi: readonly unknown[],
  ) => call(chain, w(who), functionName, args, value, address, abi, RESOLVER_GAS);
  const t0 = await chainTime(chain);

  // ---- a 2-of-3 panel (keeper, spare, deployer). The deadline is closer than the grace: the first approval holds
  // the threat for the rest of the panel (PanelHeld); the second decides it (PanelDecided → Fulfilled).
  const members = (['keeper', 'spare', 'deployer'] as const).map(a);
  const grace = 2 * HOUR;
  const panelId = await create(
    chain,
    w('jane'),
    withResolution(
      { kind: 'panel', members, k: 2, grace },
      {
        beneficiary: a('jane'),
        adversary: a('xcorp'),
        deadline: t0 + HOUR,
        timeoutAction: 0,
        terms: 'Panel: two of three agree',
      },
    ),
    ETH / 2n,
  );
  const approvers: Role[] = ['keeper', 'spare'];
  for (const who of approvers)
    await send(who, 'approve', [panelId, members, PANEL_EVIDENCE], 0n, d.panelResolver!, panelResolverAbi);

  // ---- a Reality.eth question: yes at the minimum bond, no at double, yes at double again; final after the
  // timeout, synced → fulfilled. The claim could finalize after the deadline's settle window: held (HoldSynced).
  const timeout = HOUR;
  const minBond = ETH / 100n;
  const realityId = await create(
    chain,
    w('jane'),
    withResolution(
      { kind: 'reality', arbitrator: d.realityArbitrator!, timeout, minBond },
      {
        beneficiary: a('jane'),
        adversary: a('xcorp'),
        deadline: t0 + 2 * HOUR,
        timeoutAction: 0,
        terms: 'Reality.eth: did X Corp pay?',
      },
    ),
    ETH / 2n,
  );
  const described = await chain.client.readContract({
    address: d.realityResolver!,
    abi: realityResolverAbi,
    functionName: 'describe',
    args: [realityId],
  });
  const answers: ResolverScenario['reality']['answers'] = [];
  for (const [who, yes] of [
    ['joe', true],
    ['xcorp', false],
    ['joe', true],
  ] as const) {
    // A minute apart: each answer moves finalization later, so each extends the hold (HoldSynced); answers in the
    // same second (one block timestamp) would not.
    if (answers.length > 0) await warp(chain, 60);
    const bond = answers.length === 0 ? minBond : answers[answers.length - 1]!.bond * 2n;
    await send(who, 'answer', [realityId, yes, 0n], bond, d.realityResolver!, realityResolverAbi);
    answers.push({ answerer: a(who), yes, bond });
  }
  const best = await chain.client.readContract({
    address: d.reality!,
    abi: realityEthV3_0Abi,
    functionName: 'getBestAnswer',
    args: [described.questionId],
  });
  if (BigInt(best) !== 1n) throw new Error(`Reality.eth's best answer is ${best}, not yes`);

  // ---- an UMA assertion: the bond in WETH; X Corp's assertion is disputed (the hold is extended), Joe's is not.
  const bond = ETH / 20n;
  const liveness = HOUR;
  const umaParams = withResolution(
    { kind: 'uma', bond, liveness },
    {
      beneficiary: a('jane'),
      adversary: a('xcorp'),
      deadline: t0 + 2 * HOUR,
      timeoutAction: 0,
      terms: 'UMA: X Corp published the correction',
    },
  );
  const umaId = await create(chain, w('jane'), umaParams, ETH / 2n);
  const claim = await chain.client.readContract({
    address: d.umaResolver!,
    abi: umaResolverAbi,
    functionName: 'claimText',
    args: [umaId, umaParams.adversary!, umaParams.terms, umaParams.deadline],
  });
  const claimBytes = `0x${Buffer.from(claim, 'utf8').toString('hex')}` as Hex;
  const payBond = async (who: Role, spender: Address) => {
    await send(who, 'deposit', [], bond, d.weth!, weth9Abi);
    await send(who, 'approve', [spender, bond], 0n, d.weth!, weth9Abi);
  };
  const assertAs = async (who: Role): Promise<Hex> => {
    await payBond(who, d.umaResolver!);
    const { receipt } = await send(who, 'assertFulfilment', [umaId, claimBytes], 0n, d.umaResolver!, umaResolverAbi);
    const [asserted] = parseEventLogs({ abi: umaResolverAbi, eventName: 'FulfilmentAsserted', logs: receipt.logs });
    if (!asserted) throw new Error('no FulfilmentAsserted in the receipt');
    return asserted.args.assertionId;
  };
  const disputedId = await assertAs('xcorp');
  await payBond('keeper', d.umaOracle!);
  await send('keeper', 'disputeAssertion', [disputedId, a('keeper')], 0n, d.umaOracle!, optimisticOracleV3Abi);
  // An assertion's id hashes its time (not the asserter): the second one comes a minute later.
  await warp(chain, 60);
  const settledId = await assertAs('joe');

  // ---- past the Reality.eth timeout and the UMA liveness (both before the deadlines)
  await warp(chain, HOUR + 1);
  await send('keeper', 'sync', [realityId], 0n, d.realityResolver!, realityResolverAbi); // QuestionResolved(yes) → Fulfilled
  await send('keeper', 'settleAssertion', [settledId], 0n, d.umaOracle!, optimisticOracleV3Abi); // AssertionResolved → Fulfilled

  return {
    panel: { id: panelId, members, approvers: approvers.map(a), grace },
    reality: { id: realityId, questionId: described.questionId, timeout, minBond, answers },
    uma: {
      id: umaId,
      bond,
      liveness,
      claim,
      disputed: { assertionId: disputedId, asserter: a('xcorp'), disputer: a('keeper') },
      settled: { assertionId: settledId, asserter: a('joe') },
    },
  };
}
