/**
 * Desk lists of issue #15 (pure): counter-commitments answering a maker's threats, and the threats a
 * professional set up for clients.
 */
import type { Address } from 'viem';
import type { ThreatSummary } from '../threats/types';
import { preparedByFromTerms } from '../wizard/funding';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Threats linked to one of `maker`'s threats (its counter-moves), newest first, each with the threat it answers. */
export function counterMovesAgainst(all: readonly ThreatSummary[], maker: Address) {
  const mine = new Map(all.filter((t) => same(t.maker, maker)).map((t) => [t.id, t]));
  return all
    .filter((t) => t.linkedTo !== undefined && mine.has(t.linkedTo) && !same(t.maker, maker))
    .sort((a, b) => (a.id < b.id ? 1 : -1))
    .map((counter) => ({ counter, answers: mine.get(counter.linkedTo!)! }));
}

/** Threats `professional` set up for a client: sent by it with another beneficiary, or prepared by it (terms). */
export function clientThreats(all: readonly ThreatSummary[], professional: Address): ThreatSummary[] {
  return all
    .filter((t) => {
      if (same(t.maker, professional) && !same(t.beneficiary, professional)) return true;
      const by = preparedByFromTerms(t.terms);
      return !!by && same(by, professional) && !same(t.maker, professional);
    })
    .sort((a, b) => (a.id < b.id ? 1 : -1));
}
