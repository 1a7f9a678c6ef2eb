// What a subscription request may contain, checked into clear messages: the e-mail address, the webhook URL
// (never a private or loopback address in production, so the notifier cannot probe a network), the target
// (a threat, an address in a role, or a ledger filter).
import { isIP } from 'node:net';
import { IndexerQueryError, parseAddress, parseLedgerQuery } from '../../lib/indexer/query';
import type { LedgerFilter } from '../../lib/indexer/types';
import { SUBSCRIPTION_ROLES, type SubscriptionRole } from '../../lib/notify/target-from-search';

export class InputError extends Error {
  readonly status: number;
  constructor(message: string, status = 400) {
    super(message);
    this.name = 'InputError';
    this.status = status;
  }
}

const EMAIL_RE =
  /^[^\s@<>()[\]",;:\\]{1,64}@(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** A normalised (trimmed, lower-case) e-mail address, or an InputError saying what is wrong. */
export function parseEmail(input: unknown): string {
  if (typeof input !== 'string' || !input.trim()) throw new InputError('Enter an e-mail address.');
  const email = input.trim().toLowerCase();
  if (email.length > 254 || !EMAIL_RE.test(email) || email.includes('..'))
    throw new InputError(`"${input.trim().slice(0, 80)}" is not an e-mail address (expected name@example.com).`);
  return email;
}

/** Whether `ip` (v4 or v6 literal) is loopback, private, link-local, CGNAT, multicast, unspecified or reserved. */
export function isPrivateAddress(ip: string): boolean {
  const v = isIP(ip);
  if (v === 4) {
    const [a, b] = ip.split('.').map(Number) as [number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      a >= 224 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0) ||
      (a === 198 && (b === 18 || b === 19))
    );
  }
  if (v === 6) {
    const x = ip.toLowerCase();
    if (x === '::' || x === '::1') return true;
    const mapped = x.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
    if (mapped) return isPrivateAddress(mapped[1]!);
    return /^(f[cd]|fe[89ab]|ff)/.test(x) || x.startsWith('64:ff9b:') || x.startsWith('2001:db8');
  }
  return true; // not an IP: refuse rather than guess
}

export type Lookup = (hostname: string) => Promise<string[]>;

/**
 * A webhook URL, checked: https (http too outside production), no credentials, and in production a host that
 * resolves only to public addresses. Run again before every delivery (a name may be re-pointed later).
 */
export async function checkWebhookUrl(input: unknown, opts: { production: boolean; lookup: Lookup }): Promise<URL> {
  if (typeof input !== 'string' || !input.trim()) throw new InputError('Enter the webhook URL (https://…).');
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new InputError(`"${input.trim().slice(0, 120)}" is not a URL (expected https://example.com/hook).`);
  }
  const allowed = opts.production ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(url.protocol))
    throw new InputError(`The webhook URL must start with ${opts.production ? 'https://' : 'https:// or http://'}.`);
  if (url.username || url.password) throw new InputError('The webhook URL must not contain a user name or password.');
  if (input.length > 2000) throw new InputError('The webhook URL is too long (2,000 characters at most).');
  if (opts.production) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : await opts.lookup(host);
    } catch {
      throw new InputError(`The webhook host "${host}" does not resolve.`);
    }
    if (!addresses.length || addresses.some(isPrivateAddress))
      throw new InputError(
        `The webhook host "${host}" is a private or loopback address; only public addresses are allowed.`,
      );
  }
  return url;
}

export type Target =
  | { type: 'threat'; threatId: string }
  | { type: 'address'; address: string; role: SubscriptionRole }
  | { type: 'filter'; query: string; filter: LedgerFilter };

const PAGING = ['sort', 'order', 'limit', 'cursor', 'count', 'format', 'groupBy'];

/** The target of a subscription, normalised (a filter's query with its keys sorted and paging dropped). */
export function parseTarget(input: unknown): Target {
  const t = (input ?? {}) as Record<string, unknown>;
  if (t.type === 'threat') {
    const id = String(t.threatId ?? '');
    if (!/^[1-9][0-9]{0,77}$/.test(id))
      throw new InputError(`The threat id must be a positive whole number, got "${id.slice(0, 80)}".`);
    return { type: 'threat', threatId: id };
  }
  if (t.type === 'address') {
    const role = (t.role ?? 'any') as SubscriptionRole;
    if (!SUBSCRIPTION_ROLES.includes(role))
      throw new InputError(
        `The role must be one of ${SUBSCRIPTION_ROLES.join(', ')}; got "${String(role).slice(0, 40)}".`,
      );
    try {
      return { type: 'address', address: parseAddress(String(t.address ?? ''), 'The address'), role };
    } catch (e) {
      throw new InputError((e as Error).message);
    }
  }
  if (t.type === 'filter') {
    const raw = String(t.query ?? '').replace(/^\?/, '');
    const params = new URLSearchParams(raw);
    for (const k of PAGING) params.delete(k);
    params.sort();
    let filter: LedgerFilter;
    try {
      const {
        sort: _s,
        order: _o,
        limit: _l,
        cursor: _c,
        count: _n,
        ...rest
      } = parseLedgerQuery(params) as ReturnType<typeof parseLedgerQuery> & { cursor?: unknown; count?: unknown };
      filter = rest;
    } catch (e) {
      if (e instanceof IndexerQueryError) throw new InputError(`The ledger filter is not valid: ${e.message}`);
      throw e;
    }
    if (![...params.keys()].length)
      throw new InputError('The ledger filter is empty: pick at least one filter on the ledger first.');
    return { type: 'filter', query: params.toString(), filter };
  }
  throw new InputError('Choose what to follow: a threat, an address in a role, or a ledger filter.');
}

/** The stored form of a target: [target_type, target, role]. */
export function targetKey(t: Target): [string, string, string] {
  if (t.type === 'threat') return ['threat', t.threatId, 'any'];
  if (t.type === 'address') return ['address', t.address, t.role];
  return ['filter', t.query, 'any'];
}
