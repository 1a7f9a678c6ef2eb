import type { IndexerClient } from './client';
import { searchThreats } from './search-threats';
import type { LedgerQuery, Page, ThreatRow } from './types';

export type ThreatRole = 'maker' | 'provider' | 'resolver' | 'beneficiary' | 'any';

/**
 * Threats where `address` plays `role` (the desks and /me): the provider desk (`provider`), the oracle desk
 * (`resolver`), /me (`maker`, `beneficiary`, or `any`). Other ledger filters and paging apply as in searchThreats.
 */
export function threatsByRole(
  client: IndexerClient,
  params: { role: ThreatRole; address: string } & Omit<
    LedgerQuery,
    'maker' | 'provider' | 'resolver' | 'beneficiary' | 'party'
  >,
): Promise<Page<ThreatRow>> {
  const { role, address, ...rest } = params;
  const key = role === 'any' ? 'party' : role;
  return searchThreats(client, { ...rest, [key]: address });
}
