'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Address, Hex } from 'viem';
import { recordActedCall } from '@/lib/contracts/actions/evidence';
import { hashAgreementFile } from '@/lib/wizard/hash-file';
import { useTransaction } from '@/components/tx/use-transaction';
import { TxStatus } from '@/components/tx/TxStatus';
import { evidenceHashProblem } from './evidence-hash';
import { useDeskActor } from './use-desk-actor';

/** Props of `<RecordActedAction />`. */
export interface RecordActedActionProps {
  id: bigint;
  chainId: number;
  registry: Address;
  /** The desk's address: the escalated threat's provider (only its wallet may record). */
  provider: Address;
}

/**
 * "Record that we acted": the provider of an escalated threat puts on chain the sha-256 of its evidence (hashed in
 * the browser from the file, never uploaded) and where it can be read (`recordActed`): its public track record.
 */
export function RecordActedAction(p: RecordActedActionProps) {
  const router = useRouter();
  const tx = useTransaction();
  const actor = useDeskActor(p.provider, p.chainId);
  const [open, setOpen] = useState(false);
  const [hash, setHash] = useState('');
  const [uri, setUri] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fileId = useId();
  const hashId = useId();
  const uriId = useId();

  if (tx.phase === 'success')
    return <TxStatus state={tx.state} successMessage="Recorded on chain: your evidence of acting is public." />;

  if (!open)
    return (
      <div className="space-y-1">
        <button
          type="button"
          disabled={!actor.canAct}
          onClick={() => setOpen(true)}
          data-testid={`record-acted-${p.id}`}
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50"
        >
          Record that we acted…
        </button>
        {actor.reason && <p className="text-xs text-slate-600">{actor.reason}</p>}
      </div>
    );

  return (
    <form
      className="space-y-2 rounded-md border border-slate-300 bg-white p-3 text-sm"
      data-testid={`record-acted-form-${p.id}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const why = evidenceHashProblem(hash);
        setProblem(why);
        if (why) return;
        const call = recordActedCall({
          registry: p.registry,
          id: p.id,
          evidenceHash: hash.trim() as Hex,
          uri: uri.trim(),
        });
        const r = await tx.run({ ...call, chainId: p.chainId });
        if (r.ok) router.refresh();
      }}
    >
      <div>
        <label htmlFor={fileId} className="block font-semibold">
          Evidence file (hashed in your browser, not uploaded)
        </label>
        <input
          id={fileId}
          type="file"
          className="mt-1 block"
          data-testid={`record-acted-file-${p.id}`}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            try {
              setHash(await hashAgreementFile(file));
              setProblem(null);
            } catch (err) {
              setProblem((err as Error).message);
            }
          }}
        />
      </div>
      <div>
        <label htmlFor={hashId} className="block font-semibold">
          Evidence sha-256
        </label>
        <input
          id={hashId}
          value={hash}
          onChange={(e) => setHash(e.target.value)}
          placeholder="0x…"
          data-testid={`record-acted-hash-${p.id}`}
          className="mt-1 block w-full rounded-md border border-slate-400 px-2 py-1 font-mono text-xs"
        />
      </div>
      <div>
        <label htmlFor={uriId} className="block font-semibold">
          Where it can be read (optional URL)
        </label>
        <input
          id={uriId}
          value={uri}
          onChange={(e) => setUri(e.target.value)}
          placeholder="https://…"
          data-testid={`record-acted-uri-${p.id}`}
          className="mt-1 block w-full rounded-md border border-slate-400 px-2 py-1"
        />
      </div>
      {problem && (
        <p className="font-semibold text-red-700" role="alert">
          {problem}
        </p>
      )}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={tx.busy || !actor.canAct}
          data-testid={`record-acted-submit-${p.id}`}
          className="rounded-md bg-slate-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
        >
          Record on chain
        </button>
        <button
          type="button"
          disabled={tx.busy}
          onClick={() => setOpen(false)}
          className="rounded-md border px-3 py-1.5"
        >
          Cancel
        </button>
      </div>
      <TxStatus state={tx.state} onReset={tx.reset} />
    </form>
  );
}
