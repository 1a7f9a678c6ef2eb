/** What `/notify?…` follows, read from its query (an address in a role, a threat, or a ledger filter). */

/** Roles an address subscription can follow ('any': every threat naming the address). The notifier checks these. */
export const SUBSCRIPTION_ROLES = ['any', 'oracle', 'provider', 'maker', 'beneficiary', 'adversary'] as const;
export type SubscriptionRole = (typeof SUBSCRIPTION_ROLES)[number];
type Role = SubscriptionRole;

export type NotifyTarget =
  | { type: 'threat'; threatId: string }
  | { type: 'address'; address: string; role: Role }
  | { type: 'filter'; query: string };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export function targetFromSearch(
  q: Record<string, string | string[] | undefined>,
): { ok: true; target: NotifyTarget; describe: string } | { ok: false; error: string } {
  const threat = first(q.threat);
  const address = first(q.address);
  const filter = first(q.filter);
  if (threat) {
    if (!/^[1-9][0-9]{0,77}$/.test(threat)) return { ok: false, error: `"${threat.slice(0, 40)}" is not a threat id.` };
    return {
      ok: true,
      target: { type: 'threat', threatId: threat },
      describe: `Everything that happens to threat #${threat}.`,
    };
  }
  if (address) {
    if (!/^0x[0-9a-fA-F]{40}$/.test(address))
      return { ok: false, error: `"${address.slice(0, 60)}" is not an address (0x followed by 40 hex digits).` };
    const role = (first(q.role) || 'any') as Role;
    if (!SUBSCRIPTION_ROLES.includes(role)) return { ok: false, error: `"${role.slice(0, 20)}" is not a role.` };
    const a = address.toLowerCase();
    return {
      ok: true,
      target: { type: 'address', address: a, role },
      describe:
        role === 'any'
          ? `Everything naming ${a}.`
          : `Every threat naming ${a} as ${role}: what it must act on, before it is too late.`,
    };
  }
  if (filter)
    return {
      ok: true,
      target: { type: 'filter', query: filter },
      describe: `New activity on threats matching the ledger filter ${filter}.`,
    };
  return { ok: false, error: 'Say what to follow: ?address=0x…&role=oracle, ?threat=<id> or ?filter=<ledger query>.' };
}
