import type { Address } from 'viem';
import type { Deployment } from '../contracts/deployments';
import type { BeaconChoice } from './types';

/** One beacon a probabilistic threat can draw from, with its trust model in one line (docs/randomness.md). */
export interface BeaconOption {
  id: BeaconChoice;
  address: Address;
  title: string;
  trust: string;
}

/** The beacons this deployment allows, in the order offered (the block beacon first where it is deployed). */
export function beaconOptions(deployment: Pick<Deployment, 'prevrandaoBeacon' | 'vrfBeacon'> | null): BeaconOption[] {
  const out: BeaconOption[] = [];
  if (deployment?.prevrandaoBeacon)
    out.push({
      id: 'prevrandao',
      address: deployment.prevrandaoBeacon,
      title: 'Block randomness (prevrandao)',
      trust:
        'Free and trusts only Ethereum consensus; the validator of the block just before a draw can bias it by one bit, at the cost of skipping its block (≈ 0.05 ETH).',
    });
  if (deployment?.vrfBeacon)
    out.push({
      id: 'vrf',
      address: deployment.vrfBeacon,
      title: 'Chainlink VRF',
      trust:
        'Nobody can choose the value (the coordinator checks the VRF proof); trusts the Chainlink node and the subscription owner to answer, and each draw costs its request fee.',
    });
  return out;
}

/**
 * The beacon the threat will use: the chosen one when this deployment has it, else the first offered.
 * Undefined when the deployment has no beacon (a probabilistic threat cannot be created there).
 */
export function chosenBeacon(
  choice: BeaconChoice | '',
  deployment: Pick<Deployment, 'prevrandaoBeacon' | 'vrfBeacon'> | null,
): BeaconOption | undefined {
  const options = beaconOptions(deployment);
  return options.find((o) => o.id === choice) ?? options[0];
}
