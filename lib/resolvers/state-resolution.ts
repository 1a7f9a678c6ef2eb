/** The `Resolution` a resolver's read state describes (for the shared explanations). Pure. */
import type { ResolverState } from './read';
import type { Resolution } from './resolution';

export function stateResolution(s: ResolverState): Resolution {
  switch (s.kind) {
    case 'panel':
      return { kind: 'panel', members: s.members, k: s.k, grace: s.grace };
    case 'reality':
      return { kind: 'reality', arbitrator: s.arbitrator, timeout: s.timeout, minBond: s.minBond };
    case 'uma':
      return { kind: 'uma', bond: s.bond, liveness: s.liveness };
  }
}
