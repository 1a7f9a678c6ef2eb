/**
 * The writes of each resolver kind's roles (issue #9), as `ContractWrite`s for the one transaction pipeline
 * (lib/contracts/write.ts sendWrite, lib/tx runTransactions): a panel member approves (or signs, EIP-712, and
 * anyone submits the signatures); anyone answers a Reality.eth question with a bond, requests arbitration, and
 * applies a final answer (`sync`); anyone asserts on UMA (bond paid in ETH, wrapped by the resolver) or disputes
 * (WETH: wrap and approve first), settles the assertion, and applies its outcome (`execute`).
 * Pure: no RPC.
 */
import { toHex, zeroHash, type Address, type Hex } from 'viem';
import {
  arbitratorAbi,
  optimisticOracleV3Abi,
  panelResolverAbi,
  realityResolverAbi,
  umaResolverAbi,
  weth9Abi,
} from '../contracts/abis.generated';
import type { ContractWrite } from '../contracts/write';

/** Reality.eth's answers for the bool template. */
export const REALITY_YES: Hex = `0x${'0'.repeat(63)}1`;
export const REALITY_NO: Hex = zeroHash;

/** `approve(id, members, evidence)`: a panel member's approval as a transaction. */
export function panelApproveCall(p: {
  resolver: Address;
  id: bigint;
  members: readonly Address[];
  evidence?: Hex;
}): ContractWrite<typeof panelResolverAbi, 'approve'> {
  return {
    address: p.resolver,
    abi: panelResolverAbi,
    functionName: 'approve',
    args: [p.id, [...p.members], p.evidence ?? zeroHash],
  };
}

/** `approveBySig(id, members, signers, signatures, evidence)`: anyone submits collected approvals. */
export function panelApproveBySigCall(p: {
  resolver: Address;
  id: bigint;
  members: readonly Address[];
  approvals: readonly PanelSignature[];
  evidence?: Hex;
}): ContractWrite<typeof panelResolverAbi, 'approveBySig'> {
  return {
    address: p.resolver,
    abi: panelResolverAbi,
    functionName: 'approveBySig',
    args: [
      p.id,
      [...p.members],
      p.approvals.map((a) => a.signer),
      p.approvals.map((a) => a.signature),
      p.evidence ?? zeroHash,
    ],
  };
}

/** A member's signed approval, as collected off chain. */
export interface PanelSignature {
  signer: Address;
  signature: Hex;
}

/** The EIP-712 typed data a member signs (PanelResolver: domain "Levetrage Panel" v1, Approval(threatId, evidence)). */
export function panelApprovalTypedData(p: { chainId: number; resolver: Address; id: bigint; evidence?: Hex }) {
  return {
    domain: { name: 'Levetrage Panel', version: '1', chainId: p.chainId, verifyingContract: p.resolver },
    types: {
      Approval: [
        { name: 'threatId', type: 'uint256' },
        { name: 'evidence', type: 'bytes32' },
      ],
    },
    primaryType: 'Approval' as const,
    message: { threatId: p.id, evidence: p.evidence ?? zeroHash },
  };
}

/**
 * A signed approval as text to hand to whoever submits (`levetrage-approval:<id>:<signer>:<signature>`), and back.
 * The signature alone is not enough: the submitter must know who signed.
 */
export function encodeApproval(id: bigint, a: PanelSignature): string {
  return `levetrage-approval:${id}:${a.signer}:${a.signature}`;
}

/** Parses one pasted approval of threat `id`; throws a RangeError in words when it is not one. */
export function decodeApproval(id: bigint, text: string): PanelSignature {
  const m = /^levetrage-approval:(\d+):(0x[0-9a-fA-F]{40}):(0x[0-9a-fA-F]{130,})$/.exec(text.trim());
  if (!m) throw new RangeError('This is not a signed approval: paste the whole text a panel member sent you.');
  if (BigInt(m[1]!) !== id) throw new RangeError(`This approval is for threat #${m[1]}, not #${id}.`);
  return { signer: m[2] as Address, signature: m[3] as Hex };
}

/** `answer(id, yes, maxPrevious)`: answers the threat's question with `bond` ETH (at least double the last). */
export function realityAnswerCall(p: {
  resolver: Address;
  id: bigint;
  yes: boolean;
  bond: bigint;
  /** The bond the answerer saw (front-running guard: refuse if someone answered since). */
  maxPrevious: bigint;
}): ContractWrite<typeof realityResolverAbi, 'answer'> {
  return {
    address: p.resolver,
    abi: realityResolverAbi,
    functionName: 'answer',
    args: [p.id, p.yes, p.maxPrevious],
    value: p.bond,
  };
}

/** `sync(id)`: applies the question's state (a final "yes" fulfils; a final "no" releases a hold). */
export function realitySyncCall(p: {
  resolver: Address;
  id: bigint;
}): ContractWrite<typeof realityResolverAbi, 'sync'> {
  return { address: p.resolver, abi: realityResolverAbi, functionName: 'sync', args: [p.id] };
}

/** The arbitrator's `requestArbitration(questionId, maxPrevious)` with its dispute fee. */
export function requestArbitrationCall(p: {
  arbitrator: Address;
  questionId: Hex;
  fee: bigint;
  maxPrevious: bigint;
}): ContractWrite<typeof arbitratorAbi, 'requestArbitration'> {
  return {
    address: p.arbitrator,
    abi: arbitratorAbi,
    functionName: 'requestArbitration',
    args: [p.questionId, p.maxPrevious],
    value: p.fee,
  };
}

/**
 * The reference arbitrator's ruling, by its owner (the local dev arbitrator: the deployer). `answerer` is who
 * gets the bonds if the ruling matches the last answer (Reality.eth's payee rule: the last answerer of that
 * answer).
 */
export function arbitratorRulingCall(p: {
  arbitrator: Address;
  questionId: Hex;
  yes: boolean;
  answerer: Address;
}): ContractWrite<typeof arbitratorAbi, 'submitAnswerByArbitrator'> {
  return {
    address: p.arbitrator,
    abi: arbitratorAbi,
    functionName: 'submitAnswerByArbitrator',
    args: [p.questionId, p.yes ? REALITY_YES : REALITY_NO, p.answerer],
  };
}

/** `assertFulfilmentWithEth(id, claim)`: asserts the threat's claim, the bond sent as ETH (the resolver wraps it). */
export function umaAssertCall(p: {
  resolver: Address;
  id: bigint;
  claim: string;
  bond: bigint;
}): ContractWrite<typeof umaResolverAbi, 'assertFulfilmentWithEth'> {
  return {
    address: p.resolver,
    abi: umaResolverAbi,
    functionName: 'assertFulfilmentWithEth',
    args: [p.id, toHex(p.claim)],
    value: p.bond,
  };
}

/**
 * A dispute of assertion `assertionId`: the disputer's bond is pulled in WETH by the oracle, so first wrap the
 * missing WETH (`deposit`) and approve the oracle when its allowance is short, then `disputeAssertion`.
 * Returns the writes in order.
 */
export function umaDisputeCalls(p: {
  oracle: Address;
  weth: Address;
  assertionId: Hex;
  disputer: Address;
  bond: bigint;
  wethBalance: bigint;
  allowance: bigint;
}): (
  | ContractWrite<typeof weth9Abi, 'deposit'>
  | ContractWrite<typeof weth9Abi, 'approve'>
  | ContractWrite<typeof optimisticOracleV3Abi, 'disputeAssertion'>
)[] {
  const out: ReturnType<typeof umaDisputeCalls> = [];
  if (p.wethBalance < p.bond)
    out.push({ address: p.weth, abi: weth9Abi, functionName: 'deposit', args: [], value: p.bond - p.wethBalance });
  if (p.allowance < p.bond)
    out.push({ address: p.weth, abi: weth9Abi, functionName: 'approve', args: [p.oracle, p.bond] });
  out.push({
    address: p.oracle,
    abi: optimisticOracleV3Abi,
    functionName: 'disputeAssertion',
    args: [p.assertionId, p.disputer],
  });
  return out;
}

/** `settleAssertion(assertionId)` on the oracle: after the liveness (or the vote), its callback decides. */
export function umaSettleCall(p: {
  oracle: Address;
  assertionId: Hex;
}): ContractWrite<typeof optimisticOracleV3Abi, 'settleAssertion'> {
  return { address: p.oracle, abi: optimisticOracleV3Abi, functionName: 'settleAssertion', args: [p.assertionId] };
}

/** `execute(id)`: applies a resolved outcome whose registry call failed in the callback. */
export function umaExecuteCall(p: { resolver: Address; id: bigint }): ContractWrite<typeof umaResolverAbi, 'execute'> {
  return { address: p.resolver, abi: umaResolverAbi, functionName: 'execute', args: [p.id] };
}
