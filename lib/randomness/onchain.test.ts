import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BaseError,
  ContractFunctionRevertedError,
  createPublicClient,
  createWalletClient,
  decodeFunctionResult,
  encodeFunctionData,
  http,
  keccak256,
  numberToHex,
  encodeAbiParameters,
  parseEventLogs,
  toHex,
  type Abi,
  type Address,
  type Hex,
  type PublicClient,
  type WalletClient,
} from 'viem';
import { foundry } from 'viem/chains';
import { DRAW_OUTCOME_KEYS as DRAW_OUTCOMES } from '@/lib/contracts/enums.generated';
import { drawOutcome, drawRoll, PROB_SCALE } from './draw-rule';
import { getHeaderRlp } from './header-proof';
import { loadArtifact, startAnvil, type AnvilHandle } from './testing/anvil';

/**
 * Real-chain tests on anvil (port 8600): the on-chain draw rule equals the TypeScript one, and
 * PrevrandaoBeacon resolves tickets to the block's mixHash with headers built by getHeaderRlp,
 * through BLOCKHASH, the EIP-2935 history contract and up to the lapse boundary.
 */

let anvil: AnvilHandle;
let pub: PublicClient;
let wallet: WalletClient;
let deployer: Address;

const AVAILABILITY = ['pending', 'ready', 'lapsed'] as const;
/** The EIP-2935 block-hash history contract (anvil installs it under Prague). */
const HISTORY: Address = '0x0000F90827F1C53a10cb7A02335B175320002935';

async function deploy(abi: Abi, bytecode: Hex, args: unknown[] = []): Promise<Address> {
  const hash = await wallet.deployContract({ abi, bytecode, args, account: deployer, chain: foundry });
  const receipt = await pub.waitForTransactionReceipt({ hash });
  if (!receipt.contractAddress) throw new Error('deployment failed');
  return receipt.contractAddress;
}

async function mine(blocks: number): Promise<void> {
  await pub.request({ method: 'anvil_mine' as never, params: [numberToHex(blocks), '0x0'] as never });
}

/** Deterministic pseudo-random generator so a failure is reproducible. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  anvil = await startAnvil();
  // Generous timeouts and no retries: the machine is shared, and a retried anvil_mine would mine twice.
  const transport = http(anvil.rpcUrl, { timeout: 60_000, retryCount: 0 });
  pub = createPublicClient({ chain: foundry, transport, cacheTime: 0 }); // no cached block numbers: tests mine between reads
  wallet = createWalletClient({ chain: foundry, transport });
  [deployer] = await wallet.getAddresses();
}, 30_000);

afterAll(async () => {
  await anvil?.stop();
});

describe('draw rule: TypeScript equals DrawRule.sol', () => {
  it('agrees on 300 random cases and on the exact probability boundaries', async () => {
    const { abi, bytecode } = loadArtifact('DrawRuleHarness.sol', 'DrawRuleHarness');
    const harness = await deploy(abi, bytecode);
    const rand = rng(20261125);
    const randWord = (): Hex =>
      toHex(Array.from({ length: 32 }, () => Math.floor(rand() * 256)) as never, { size: 32 });
    const probs = (): [number, number] => {
      const kind = rand();
      if (kind < 0.1) return [PROB_SCALE, 0];
      if (kind < 0.2) return [1, 0];
      if (kind < 0.3) return [0, PROB_SCALE];
      const pE = Math.floor(rand() * PROB_SCALE);
      const pT = Math.floor(rand() * (PROB_SCALE - pE + 1));
      return [pE, pT];
    };
    type Case = { value: Hex; threatId: bigint; period: bigint; pEscalate: number; pTerminate: number };
    const cases: Case[] = [];
    for (let i = 0; i < 300; i++) {
      const [pEscalate, pTerminate] = probs();
      const threatId = rand() < 0.1 ? (1n << 255n) + BigInt(i) : BigInt(1 + Math.floor(rand() * 1e6));
      const period = rand() < 0.1 ? 2n ** 24n - 1n : BigInt(1 + Math.floor(rand() * 1000));
      cases.push({ value: randWord(), threatId, period, pEscalate, pTerminate });
    }
    // Boundaries: for a case's roll r, pEscalate = r is not an escalation, r + 1 is; likewise for terminate.
    for (let i = 0; i < 30; i++) {
      const base = { value: randWord(), threatId: BigInt(i + 1), period: BigInt(i + 1) };
      const { roll } = drawRoll({ ...base, pEscalate: 0, pTerminate: 0 });
      cases.push({ ...base, pEscalate: roll, pTerminate: 0 }); // continue
      cases.push({ ...base, pEscalate: roll + 1, pTerminate: 0 }); // escalate
      cases.push({ ...base, pEscalate: Math.max(0, roll - 5), pTerminate: Math.min(5, roll) }); // continue (sum = r)
      cases.push({ ...base, pEscalate: Math.max(0, roll - 5), pTerminate: Math.min(5, roll) + 1 }); // terminate
    }
    const onchain = (await pub.readContract({
      address: harness,
      abi,
      functionName: 'outcomes',
      args: [cases],
    })) as readonly number[];
    expect(onchain).toHaveLength(cases.length);
    const ts = cases.map((c) => drawOutcome(c));
    expect(ts).toEqual(onchain.map((o) => DRAW_OUTCOMES[o]));
    // The sample is not degenerate: every outcome occurs.
    for (const name of DRAW_OUTCOMES) expect(ts).toContain(name);
    // Boundary cases give exactly the expected outcomes.
    const boundary = ts.slice(300);
    for (let i = 0; i < 30; i++) {
      expect(boundary.slice(4 * i, 4 * i + 4)).toEqual(['continue', 'escalate', 'continue', 'terminate']);
    }
  }, 60_000);
});

describe('PrevrandaoBeacon on a real anvil chain', () => {
  let beacon: Address;
  let abi: Abi;
  const DELAY = 2;

  beforeAll(async () => {
    const art = loadArtifact('PrevrandaoBeacon.sol', 'PrevrandaoBeacon');
    abi = art.abi;
    beacon = await deploy(abi, art.bytecode, [DELAY]);
  });

  async function resolve(ticket: bigint, proof: Hex): Promise<{ availability: string; value: Hex }> {
    const [a, value] = (await pub.readContract({
      address: beacon,
      abi,
      functionName: 'resolve',
      args: [Number(ticket), proof],
    })) as [number, Hex];
    return { availability: AVAILABILITY[a], value };
  }

  async function expectInvalidProof(ticket: bigint, proof: Hex): Promise<void> {
    const err = await resolve(ticket, proof).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BaseError);
    const revert = (err as BaseError).walk((e) => e instanceof ContractFunctionRevertedError);
    expect(revert).toBeInstanceOf(ContractFunctionRevertedError);
    expect((revert as ContractFunctionRevertedError).data?.errorName).toBe('InvalidProof');
    expect((revert as ContractFunctionRevertedError).data?.args).toEqual([Number(ticket)]);
  }

  async function isDetermined(ticket: bigint): Promise<boolean> {
    return (await pub.readContract({
      address: beacon,
      abi,
      functionName: 'isDetermined',
      args: [Number(ticket)],
    })) as boolean;
  }

  /** Gas a caller pays for resolve, measured on-chain by ResolveGasMeter (cold beacon and history accesses included). */
  async function resolveGas(ticket: bigint, proof: Hex): Promise<bigint> {
    const meter = loadArtifact('ResolveGasMeter.sol', 'ResolveGasMeter');
    meterAddress ??= await deploy(meter.abi, meter.bytecode);
    const [gasUsed, a] = (await pub.readContract({
      address: meterAddress,
      abi: meter.abi,
      functionName: 'measure',
      args: [beacon, Number(ticket), proof],
    })) as [bigint, number, Hex];
    expect(AVAILABILITY[a]).toBe('ready');
    return gasUsed;
  }
  let meterAddress: Address | undefined;

  /** Whole-transaction gas of calling resolve directly (intrinsic + calldata or the EIP-7623 calldata floor). */
  async function resolveTxGas(ticket: bigint, proof: Hex): Promise<bigint> {
    const data = encodeFunctionData({ abi, functionName: 'resolve', args: [Number(ticket), proof] });
    return pub.estimateGas({ account: deployer, to: beacon, data });
  }

  it('resolves a ticket to the target block mixHash: pending, in-block, BLOCKHASH, EIP-2935, lapse boundary', async () => {
    const head = await pub.getBlockNumber();
    const ticket = BigInt((await pub.readContract({ address: beacon, abi, functionName: 'request' })) as number);
    expect(ticket).toBe(head + BigInt(DELAY));

    // Pending: the target block is in the future.
    expect(await resolve(ticket, '0x')).toEqual({ availability: 'pending', value: `0x${'0'.repeat(64)}` });
    expect(await isDetermined(ticket)).toBe(false);

    await mine(DELAY);
    const block = await pub.getBlock({ blockNumber: ticket });
    const mixHash = block.mixHash;
    expect(mixHash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(mixHash).not.toBe(block.hash);

    // In the target block itself the value is block.prevrandao, already fixed: determined, no proof needed.
    expect(await resolve(ticket, '0x')).toEqual({ availability: 'ready', value: mixHash });
    expect(await isDetermined(ticket)).toBe(true);

    await mine(1);
    const header = await getHeaderRlp(pub, ticket);
    expect(keccak256(header)).toBe(block.hash);
    expect(await resolve(ticket, header)).toEqual({ availability: 'ready', value: mixHash });
    await expectInvalidProof(ticket, '0x');
    await expectInvalidProof(ticket, await getHeaderRlp(pub, ticket - 1n));
    const tampered = header.replace(
      mixHash.slice(2),
      `${mixHash.slice(2, 65)}${mixHash.endsWith('0') ? '1' : '0'}`,
    ) as Hex;
    expect(tampered).not.toBe(header);
    await expectInvalidProof(ticket, tampered);
    const gasRecent = await resolveGas(ticket, header);
    const txGas = await resolveTxGas(ticket, header);

    // Beyond 256 blocks BLOCKHASH is zero: the beacon reads anvil's EIP-2935 history contract.
    await mine(300);
    expect(await resolve(ticket, header)).toEqual({ availability: 'ready', value: mixHash });
    await expectInvalidProof(ticket, tampered);
    const gasHistory = await resolveGas(ticket, header);

    // Lapse boundary, on anvil's own EIP-2935 contract without mining 8,000 blocks: evaluate at a later block
    // number with eth_call block overrides (state unchanged, so the history slot still holds the hash).
    const at = async (blockNumber: bigint, proof: Hex) => {
      const { data } = await pub.call({
        to: beacon,
        data: encodeFunctionData({ abi, functionName: 'resolve', args: [Number(ticket), proof] }),
        blockOverrides: { number: blockNumber },
      });
      const [a, value] = decodeFunctionResult({ abi, functionName: 'resolve', data: data! }) as [number, Hex];
      return { availability: AVAILABILITY[a], value };
    };
    const historyAt = (blockNumber: bigint) =>
      pub.call({ to: HISTORY, data: numberToHex(ticket, { size: 32 }), blockOverrides: { number: blockNumber } }).then(
        (r) => r.data,
        () => 'reverted',
      );
    expect(await historyAt(ticket + 8191n)).toBe(block.hash);
    expect(await historyAt(ticket + 8192n)).toBe('reverted');
    expect(await at(ticket + 8191n, header)).toEqual({ availability: 'ready', value: mixHash });
    expect(await at(ticket + 8192n, header)).toEqual({ availability: 'lapsed', value: `0x${'0'.repeat(64)}` });
    expect(await at(ticket + 8192n, '0x')).toMatchObject({ availability: 'lapsed' });

    console.info(
      `[beacons] PrevrandaoBeacon.resolve with a ${(header.length - 2) / 2}-byte header, caller-side gas incl. cold ` +
        `accesses: BLOCKHASH path ${gasRecent}, EIP-2935 history path ${gasHistory}; ` +
        `as a standalone transaction ${txGas} (EIP-7623 calldata floor)`,
    );
    expect(gasRecent).toBeLessThan(8_000n);
    expect(gasHistory).toBeLessThan(14_000n);
    expect(gasHistory).toBeGreaterThan(gasRecent); // the history path really ran (cold history contract)
  }, 120_000);

  it('gives every ticket its own block value: consecutive tickets differ', async () => {
    const t1 = BigInt((await pub.readContract({ address: beacon, abi, functionName: 'request' })) as number);
    await mine(1);
    const t2 = BigInt((await pub.readContract({ address: beacon, abi, functionName: 'request' })) as number);
    expect(t2).toBe(t1 + 1n);
    await mine(DELAY + 1);
    const v1 = await resolve(t1, await getHeaderRlp(pub, t1));
    const v2 = await resolve(t2, await getHeaderRlp(pub, t2));
    expect(v1.availability).toBe('ready');
    expect(v2.availability).toBe('ready');
    expect(v1.value).not.toBe(v2.value);
    expect(v1.value).toBe((await pub.getBlock({ blockNumber: t1 })).mixHash);
  }, 60_000);
});

describe('VrfBeacon on a real anvil chain with the VRF v2.5 coordinator mock', () => {
  it('requests, gets answered once, ignores a late answer after the lapse, and rejects strangers', async () => {
    const mockArt = loadArtifact('VRFCoordinatorV2_5Mock.sol', 'VRFCoordinatorV2_5Mock');
    const beaconArt = loadArtifact('VrfBeacon.sol', 'VrfBeacon');
    const [, stranger] = await wallet.getAddresses();
    const send = async (address: Address, abi: Abi, functionName: string, args: unknown[], account = deployer) => {
      const hash = await wallet.writeContract({ address, abi, functionName, args, account, chain: foundry });
      const receipt = await pub.waitForTransactionReceipt({ hash });
      expect(receipt.status).toBe('success');
      return receipt;
    };
    const coordinator = await deploy(mockArt.abi, mockArt.bytecode, [10n ** 17n, 10n ** 9n, 4n * 10n ** 15n]);
    const created = await send(coordinator, mockArt.abi, 'createSubscription', []);
    const [sub] = parseEventLogs({
      abi: mockArt.abi,
      logs: created.logs,
      eventName: 'SubscriptionCreated',
    }) as unknown as [{ args: { subId: bigint } }];
    const subId = sub.args.subId;
    await send(coordinator, mockArt.abi, 'fundSubscription', [subId, 100n * 10n ** 18n]);
    const LAPSE = 20;
    const vrf = await deploy(beaconArt.abi, beaconArt.bytecode, [
      coordinator,
      subId,
      keccak256(toHex('gas lane')),
      200_000,
      3,
      deployer,
      LAPSE,
      0n, // requestFee: LINK billing (the registry-level native fee is tested in forge)
    ]);
    await send(coordinator, mockArt.abi, 'addConsumer', [subId, vrf]);

    const resolveVrf = async (ticket: number) => {
      const [a, value] = (await pub.readContract({
        address: vrf,
        abi: beaconArt.abi,
        functionName: 'resolve',
        args: [ticket, '0x'],
      })) as [number, Hex];
      return { availability: AVAILABILITY[a], value };
    };
    const requested = async () => {
      const receipt = await send(vrf, beaconArt.abi, 'request', []);
      const [ev] = parseEventLogs({ abi: beaconArt.abi, logs: receipt.logs, eventName: 'Requested' }) as unknown as [
        { args: { ticket: number; requestId: bigint } },
      ];
      return ev.args;
    };

    // Only the registry may spend the subscription.
    await expect(
      pub.simulateContract({ address: vrf, abi: beaconArt.abi, functionName: 'request', account: stranger }),
    ).rejects.toThrow(/OnlyRegistry/);

    const first = await requested();
    expect(first.ticket).toBe(1);
    expect(await resolveVrf(1)).toMatchObject({ availability: 'pending' });
    await mine(1);
    expect(await pub.readContract({ address: vrf, abi: beaconArt.abi, functionName: 'isDetermined', args: [1] })).toBe(
      true,
    );
    const fulfilled = await send(coordinator, mockArt.abi, 'fulfillRandomWords', [first.requestId, vrf]);
    const expected = keccak256(encodeAbiParameters([{ type: 'uint256' }, { type: 'uint256' }], [first.requestId, 0n]));
    expect(await resolveVrf(1)).toEqual({ availability: 'ready', value: expected });
    const [done] = parseEventLogs({
      abi: mockArt.abi,
      logs: fulfilled.logs,
      eventName: 'RandomWordsFulfilled',
    }) as unknown as [{ args: { success: boolean } }];
    expect(done.args.success).toBe(true);

    // A request the coordinator does not answer in time lapses, and a late answer changes nothing.
    const second = await requested();
    expect(second.ticket).toBe(2);
    await mine(LAPSE + 1);
    expect(await resolveVrf(2)).toMatchObject({ availability: 'lapsed' });
    const late = await send(coordinator, mockArt.abi, 'fulfillRandomWords', [second.requestId, vrf]);
    const ignored = parseEventLogs({ abi: beaconArt.abi, logs: late.logs, eventName: 'AnswerIgnored' }) as unknown as {
      args: { reason: number };
    }[];
    expect(ignored.map((e) => e.args.reason)).toEqual([3]);
    expect(await resolveVrf(2)).toMatchObject({ availability: 'lapsed' });
    expect(await resolveVrf(1)).toEqual({ availability: 'ready', value: expected });
  }, 120_000);
});
