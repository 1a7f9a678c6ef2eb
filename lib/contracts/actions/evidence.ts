import type { Address, Hex } from 'viem';
import { levetrageAbi } from '../abis.generated';
import { sendWriteLazy } from '../send-write-lazy';
import type { ContractWrite, SendWriteOptions, SigningClient } from '../write';

/** Parameters of {@link submitEvidence} and {@link recordActed}: a document's URI and its hash. */
export interface EvidenceParams {
  registry: Address;
  id: bigint;
  evidenceHash: Hex;
  uri: string;
}

/** `submitEvidence(id, hash, uri)`: anyone attaches evidence; the event records the role the registry verifies. */
export function submitEvidenceCall(p: EvidenceParams): ContractWrite<typeof levetrageAbi, 'submitEvidence'> {
  return {
    address: p.registry,
    abi: levetrageAbi,
    functionName: 'submitEvidence',
    args: [p.id, p.evidenceHash, p.uri],
  };
}

/** Attaches evidence to threat `id`. */
export function submitEvidence(client: SigningClient, p: EvidenceParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, submitEvidenceCall(p), options);
}

/** `recordActed(id, hash, uri)`: the provider of an escalated threat records that it acted (its track record). */
export function recordActedCall(p: EvidenceParams): ContractWrite<typeof levetrageAbi, 'recordActed'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'recordActed', args: [p.id, p.evidenceHash, p.uri] };
}

/** Records that the provider acted on the escalation of threat `id`. */
export function recordActed(client: SigningClient, p: EvidenceParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, recordActedCall(p), options);
}
