import { describe, expect, it } from 'vitest';
import { decodeResolverData, resolutionParams, resolverKind, ResolverNotDeployedError } from './resolution';

const d = {
  panelResolver: '0x9E545E3C0baAB3E08CdfD552C960A1050f373042',
  realityResolver: '0xa82fF9aFd8f496c3d6ac40E2a0F282E47488CFc9',
  umaResolver: '0x1613beB3B2C4f22Ee086B2b38C1476A3cE7f78E8',
} as const;
const A = '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65' as const;
const B = '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc' as const;

describe('resolutions', () => {
  it('an oracle, or a panel of one needing one approval, is that account with no data', () => {
    expect(resolutionParams({ kind: 'oracle', oracle: A }, d)).toEqual({ resolver: A, resolverData: '0x' });
    expect(resolutionParams({ kind: 'panel', members: [A], k: 1, grace: 0 }, d)).toEqual({
      resolver: A,
      resolverData: '0x',
    });
  });

  it('encodes each resolver contract’s data and decodes it back', () => {
    const panel = { kind: 'panel' as const, members: [A, B], k: 2, grace: 86_400 };
    const p = resolutionParams(panel, d);
    expect(p.resolver).toBe(d.panelResolver);
    expect(decodeResolverData('panel', p.resolverData)).toEqual(panel);
    const reality = { kind: 'reality' as const, arbitrator: B, timeout: 3600, minBond: 10n ** 16n };
    expect(decodeResolverData('reality', resolutionParams(reality, d).resolverData)).toEqual(reality);
    const uma = { kind: 'uma' as const, bond: 10n ** 16n, liveness: 7200 };
    expect(decodeResolverData('uma', resolutionParams(uma, d).resolverData)).toEqual(uma);
    expect(decodeResolverData('uma', '0x12')).toBeNull();
  });

  it('names a threat’s resolver kind from the deployment, and refuses a kind the chain lacks', () => {
    expect(resolverKind(d.realityResolver, d)).toBe('reality');
    expect(resolverKind(A, d)).toBe('oracle');
    expect(() => resolutionParams({ kind: 'uma', bond: 1n, liveness: 1 }, {})).toThrow(ResolverNotDeployedError);
  });
});
