/**
 * A threat's resolution (issue #9): who decides whether the demand was met. The registry only knows the
 * resolver's address; each kind is a contract behind `IResolver`, configured by `resolverData` at creation:
 * - `oracle`: one account that calls `fulfil` itself (k = n = 1; no contract);
 * - `panel`: k of n named oracles (PanelResolver: `abi.encode(address[] members, uint8 k, uint32 grace)`);
 * - `reality`: a Reality.eth question with an arbitrator, a timeout and a minimum bond
 *   (RealityResolver: `abi.encode(address arbitrator, uint32 timeout, uint256 minBond)`);
 * - `uma`: an UMA Optimistic Oracle V3 assertion with a bond and a liveness
 *   (UmaResolver: `abi.encode(uint256 bond, uint64 liveness)`).
 */
import { decodeAbiParameters, encodeAbiParameters, isAddressEqual, type Address, type Hex } from 'viem';
import type { Deployment } from '../contracts/deployments';

export type Resolution =
  | { kind: 'oracle'; oracle: Address }
  | { kind: 'panel'; members: Address[]; k: number; grace: number }
  | { kind: 'reality'; arbitrator: Address; timeout: number; minBond: bigint }
  | { kind: 'uma'; bond: bigint; liveness: number };

export type ResolutionKind = Resolution['kind'];

const PANEL = [{ type: 'address[]' }, { type: 'uint8' }, { type: 'uint32' }] as const;
const REALITY = [{ type: 'address' }, { type: 'uint32' }, { type: 'uint256' }] as const;
const UMA = [{ type: 'uint256' }, { type: 'uint64' }] as const;

/** Thrown when a resolution needs a resolver contract this deployment does not have. */
export class ResolverNotDeployedError extends Error {}

/**
 * The `resolver` and `resolverData` of a threat with this resolution on `deployment`. A panel of one member
 * needing one approval is just that oracle (no contract, cheaper).
 */
export function resolutionParams(
  r: Resolution,
  deployment: Pick<Deployment, 'panelResolver' | 'realityResolver' | 'umaResolver'>,
): { resolver: Address; resolverData: Hex } {
  const need = (address: Address | undefined, what: string): Address => {
    if (!address) throw new ResolverNotDeployedError(`This chain has no ${what} resolver.`);
    return address;
  };
  switch (r.kind) {
    case 'oracle':
      return { resolver: r.oracle, resolverData: '0x' };
    case 'panel':
      if (r.members.length === 1 && r.k === 1) return { resolver: r.members[0]!, resolverData: '0x' };
      return {
        resolver: need(deployment.panelResolver, 'panel'),
        resolverData: encodeAbiParameters(PANEL, [r.members, r.k, r.grace]),
      };
    case 'reality':
      return {
        resolver: need(deployment.realityResolver, 'Reality.eth'),
        resolverData: encodeAbiParameters(REALITY, [r.arbitrator, r.timeout, r.minBond]),
      };
    case 'uma':
      return {
        resolver: need(deployment.umaResolver, 'UMA'),
        resolverData: encodeAbiParameters(UMA, [r.bond, BigInt(r.liveness)]),
      };
  }
}

/** Which kind a threat's resolver is on `deployment` (an address that is none of its resolver contracts is an
 * oracle account). */
export function resolverKind(
  resolver: Address,
  deployment: Pick<Deployment, 'panelResolver' | 'realityResolver' | 'umaResolver'> | null,
): ResolutionKind {
  const is = (a?: Address) => !!a && isAddressEqual(a, resolver);
  if (is(deployment?.panelResolver)) return 'panel';
  if (is(deployment?.realityResolver)) return 'reality';
  if (is(deployment?.umaResolver)) return 'uma';
  return 'oracle';
}

/** Decodes `resolverData` for a resolver kind (what creation passed), or null when it does not decode. */
export function decodeResolverData(kind: ResolutionKind, data: Hex): Resolution | null {
  try {
    if (kind === 'panel') {
      const [members, k, grace] = decodeAbiParameters(PANEL, data);
      return { kind, members: [...members], k, grace };
    }
    if (kind === 'reality') {
      const [arbitrator, timeout, minBond] = decodeAbiParameters(REALITY, data);
      return { kind, arbitrator, timeout, minBond };
    }
    if (kind === 'uma') {
      const [bond, liveness] = decodeAbiParameters(UMA, data);
      return { kind, bond, liveness: Number(liveness) };
    }
  } catch {
    return null;
  }
  return null;
}
