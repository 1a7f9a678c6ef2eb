'use client';

import { useId, useState } from 'react';
import { useAccount } from '@/components/wallet/wallet-store';
import type { Address } from 'viem';
import { submitEvidenceCall } from '@/lib/contracts/actions/evidence';
import { evidenceInput } from '@/lib/resolvers/evidence-input';
import { ConfirmedAction, type DemandBrief } from './ConfirmedAction';

/** "Attach evidence": a link (and optionally the document's hash) recorded on chain for threat `brief.id`. */
export function AttachEvidence({ brief, registry }: { brief: DemandBrief; registry: Address }) {
  const { address } = useAccount();
  const [uri, setUri] = useState('');
  const [hash, setHash] = useState('');
  const uriId = useId();
  const hashId = useId();
  const parsed = evidenceInput(uri, hash);
  return (
    <ConfirmedAction
      brief={brief}
      testId={`evidence-attach-${brief.id}`}
      label="Attach evidence"
      title={`Confirm: attach evidence to threat #${brief.id}`}
      fields={
        <>
          <label htmlFor={uriId} className="block">
            <span className="block font-medium">Link to the evidence</span>
            <input
              id={uriId}
              value={uri}
              onChange={(e) => setUri(e.target.value)}
              placeholder="ipfs://… or https://…"
              data-testid={`evidence-uri-${brief.id}`}
              className="mt-1 w-full rounded-md border border-slate-400 px-2 py-1"
            />
          </label>
          <label htmlFor={hashId} className="block">
            <span className="block font-medium">The document’s hash (optional)</span>
            <input
              id={hashId}
              value={hash}
              onChange={(e) => setHash(e.target.value)}
              placeholder="0x… (64 hex digits); empty: the hash of the link"
              className="mt-1 w-full rounded-md border border-slate-400 px-2 py-1 font-mono text-xs"
            />
          </label>
        </>
      }
      invalid={parsed.ok ? undefined : parsed.error}
      consequence="The link and its hash are recorded on chain with your role (maker, provider, resolver or other) for everyone to see; a decision can name it as the evidence it relied on."
      blocked={address ? undefined : 'Connect your wallet to act.'}
      steps={() =>
        parsed.ok
          ? [{ request: submitEvidenceCall({ registry, id: brief.id, uri: parsed.uri, evidenceHash: parsed.hash }) }]
          : []
      }
      successMessage="Evidence attached."
    />
  );
}
