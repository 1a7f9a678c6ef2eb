import { describe, expect, it } from 'vitest';
import { beaconOptions, chosenBeacon } from './beacons';

const BLOCK = '0x00000000000000000000000000000000000000b1' as const;
const VRF = '0x00000000000000000000000000000000000000f2' as const;

describe('beacon choice', () => {
  it('offers only the beacons the deployment has, each with a one-line trust model', () => {
    expect(beaconOptions({ prevrandaoBeacon: BLOCK }).map((o) => o.id)).toEqual(['prevrandao']);
    expect(beaconOptions({ vrfBeacon: VRF }).map((o) => o.id)).toEqual(['vrf']);
    const both = beaconOptions({ prevrandaoBeacon: BLOCK, vrfBeacon: VRF });
    expect(both.map((o) => o.address)).toEqual([BLOCK, VRF]);
    for (const o of both) expect(o.trust).toMatch(/trusts/);
    expect(beaconOptions(null)).toEqual([]);
  });

  it('uses the chosen beacon when deployed, else the first one, else none', () => {
    const both = { prevrandaoBeacon: BLOCK, vrfBeacon: VRF };
    expect(chosenBeacon('vrf', both)?.address).toBe(VRF);
    expect(chosenBeacon('', both)?.address).toBe(BLOCK);
    expect(chosenBeacon('vrf', { prevrandaoBeacon: BLOCK })?.address).toBe(BLOCK); // a draft from another chain
    expect(chosenBeacon('prevrandao', {})).toBeUndefined();
  });
});
