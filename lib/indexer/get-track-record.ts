import { indexerGet, type IndexerClient } from './client';
import { parseAddress } from './query';
import { ACCOUNT_BIGINTS, NASH_HOLDER_BIGINTS, fromWire } from './parse';
import type { AccountRow, NashHolderRow, TrackRecord, Wire } from './types';

/** The track record of an address (`/a/[address]`): as an oracle, a provider, a maker, a beneficiary, a funder. */
export async function getTrackRecord(client: IndexerClient, params: { address: string }): Promise<TrackRecord> {
  const r = await indexerGet<Wire<TrackRecord>>(client, `/api/accounts/${parseAddress(params.address)}`);
  return {
    ...r,
    account: r.account ? fromWire<AccountRow>(r.account, ACCOUNT_BIGINTS) : null,
    asProvider: { ...r.asProvider, escalatedAmount: BigInt(r.asProvider.escalatedAmount) },
    asMaker: { ...r.asMaker, stake: BigInt(r.asMaker.stake) },
    asBeneficiary: { ...r.asBeneficiary, refundsReceived: BigInt(r.asBeneficiary.refundsReceived) },
    asFunder: { ...r.asFunder, amount: BigInt(r.asFunder.amount), reclaimed: BigInt(r.asFunder.reclaimed) },
    nash: r.nash ? fromWire<NashHolderRow>(r.nash, NASH_HOLDER_BIGINTS) : null,
  };
}
