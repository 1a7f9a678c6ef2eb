'use client';

import { useEffect, useState } from 'react';
import { useAppChain } from '@/components/wallet/use-app-chain';
import type { PickedRole, RecordAnswer } from '@/lib/indexer/record-line';

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/**
 * The track record of the address typed in a provider or oracle field, in one sentence, right where the maker picks
 * it (from `GET /api/record`, 300 ms after the typing stops, 5 s at most). Nothing until the field holds an
 * address; a sentence saying why when the record cannot be read.
 */
export function RecordHint({ address, role }: { address: string; role: PickedRole }) {
  const { chainId } = useAppChain();
  const wanted = address.trim();
  const valid = ADDRESS.test(wanted);
  const [shown, setShown] = useState<{ address: string; answer: RecordAnswer } | null>(null);

  useEffect(() => {
    if (!valid) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const url = `/api/record?address=${wanted}&role=${role}&chain=${chainId}`;
      let answer: RecordAnswer;
      try {
        const res = await fetch(url, { signal: AbortSignal.any([controller.signal, AbortSignal.timeout(5000)]) });
        answer = (await res.json()) as RecordAnswer;
      } catch {
        if (controller.signal.aborted) return;
        answer = { ok: false, message: 'The track record could not be read right now.', href: `/a/${wanted}` };
      }
      if (!controller.signal.aborted) setShown({ address: wanted, answer });
    }, 300);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [wanted, valid, role, chainId]);

  if (!valid || shown?.address !== wanted) return null;
  const { answer } = shown;
  return (
    <p className="mt-1 text-sm text-slate-700" data-testid={`record-hint-${role}`} aria-live="polite">
      {answer.ok ? answer.line : answer.message}{' '}
      {answer.href && (
        <a href={answer.href} target="_blank" rel="noopener" className="underline">
          Full track record
        </a>
      )}
    </p>
  );
}
