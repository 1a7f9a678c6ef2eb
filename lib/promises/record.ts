/**
 * A maker's public record of promises (white paper section 12.4: "a record of whether these were fulfilled",
 * like a credit score). A promise is a threat with Flags.PROMISE: fulfilled means kept; recorded broken by its
 * resolver (`breach`), or left unkept to its deadline, means broken; a probabilistic promise a draw released
 * early counts as released. Used by the public page and by `/a/[address]`.
 */
import type { Address, PublicClient } from 'viem';
import { listThreats } from '../threats/read';
import type { RegistryRef, ThreatCore, ThreatEnd } from '../threats/types';

/** One promise in a record. */
export interface PromiseEntry {
  id: bigint;
  terms: string;
  deadline: number;
  outcome: 'kept' | 'broken' | 'released' | 'open';
}

/** A maker's promises, counted. */
export interface PromiseRecord {
  maker: Address;
  kept: number;
  broken: number;
  released: number;
  open: number;
  /** Newest first. */
  promises: PromiseEntry[];
}

type PromiseLike = Pick<ThreatCore, 'id' | 'maker' | 'isPromise' | 'status' | 'terms' | 'deadline'> & {
  end?: Pick<ThreatEnd, 'breached' | 'period'> | null;
};

/** The outcome of one promise. */
export function promiseOutcome(t: PromiseLike): PromiseEntry['outcome'] {
  switch (t.status) {
    case 'fulfilled':
      return 'kept';
    case 'escalated':
    case 'forfeited':
    case 'refunded':
      // A draw that ended a probabilistic promise released the maker; anything else is a promise not kept.
      return t.end && !t.end.breached && t.end.period !== undefined ? 'released' : 'broken';
    default:
      return 'open';
  }
}

/** Counts the promises `maker` made among `threats` (others, and pools that never went live, are ignored). */
export function promiseRecord(maker: Address, threats: readonly PromiseLike[]): PromiseRecord {
  const mine = threats
    .filter((t) => t.isPromise && t.maker.toLowerCase() === maker.toLowerCase() && t.status !== 'cancelled')
    .sort((a, b) => (a.id < b.id ? 1 : -1));
  const promises = mine.map((t) => ({ id: t.id, terms: t.terms, deadline: t.deadline, outcome: promiseOutcome(t) }));
  const count = (o: PromiseEntry['outcome']) => promises.filter((p) => p.outcome === o).length;
  return {
    maker,
    kept: count('kept'),
    broken: count('broken'),
    released: count('released'),
    open: count('open'),
    promises,
  };
}

/** Reads `maker`'s record of promises from the chain (one getLogs pass, lib/threats listThreats). */
export async function loadPromiseRecord(
  client: PublicClient,
  deployment: RegistryRef,
  maker: Address,
): Promise<PromiseRecord> {
  return promiseRecord(maker, await listThreats(client, deployment, { maker }));
}

/** The record in one sentence: "2 promises kept, 1 broken, 1 open." */
export function promiseRecordText(r: Pick<PromiseRecord, 'kept' | 'broken' | 'released' | 'open'>): string {
  const total = r.kept + r.broken + r.released + r.open;
  if (total === 0) return 'No public promises yet.';
  const parts = [`${r.kept} kept`, `${r.broken} broken`];
  if (r.released) parts.push(`${r.released} released by a draw`);
  if (r.open) parts.push(`${r.open} still open`);
  return `${total} promise${total === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}
