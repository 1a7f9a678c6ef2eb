'use client';

import { useEffect, useMemo, useState } from 'react';
import type { Address } from 'viem';
import { decodeEngagementResponse } from '@/lib/engagements/link';
import { levetrageAbi } from '@/lib/contracts/abis.generated';
import { formatDate, formatEth, shortAddress } from '@/lib/format';

/** What the check found: nothing to check yet, checking, the provider's consent, or why not. */
export type EngagementCheckState =
  | { state: 'none' }
  | { state: 'checking' }
  | {
      state: 'ok';
      provider: Address;
      how: 'signature' | 'contract signature' | 'accepted on chain';
      validUntil: number;
      minStake: bigint;
    }
  | { state: 'bad'; message: string };

/**
 * Checks an engagement code in the browser, the way the registry will: the provider's signature of exactly
 * these terms (ECDSA, or ERC-1271 for a contract provider), or its on-chain acceptance (`acceptedUses`).
 * The field's other checks (provider, agreement, chain, maker, expiry) are the schema's.
 */
export function useEngagementCheck(code: string): EngagementCheckState {
  const trimmed = code.trim();
  // The decoded code is derived from the field; only the asynchronous answer is state, keyed by the code it is for.
  const response = useMemo(() => {
    if (!trimmed) return null;
    try {
      return decodeEngagementResponse(trimmed);
    } catch {
      return null; // the schema explains a code that does not decode
    }
  }, [trimmed]);
  const [answer, setAnswer] = useState<{ code: string; result: EngagementCheckState } | null>(null);
  useEffect(() => {
    if (!response) return;
    let cancelled = false;
    const e = response.engagement;
    const done = (r: EngagementCheckState) => {
      if (!cancelled) setAnswer({ code: trimmed, result: r });
    };
    (async () => {
      // A plain viem client for the engagement's chain (no wallet code: the wizard loads it only to sign), and
      // the verifier: both loaded when there is a code to check, not with the wizard (first-load JS, issue #13).
      const [{ readClientFor }, { SIGNATURE_PROBLEM_TEXT, verifyEngagementSignature }] = await Promise.all([
        import('@/lib/chain-client'),
        import('@/lib/engagements/verify'),
      ]);
      const client = readClientFor(response.chainId);
      if (response.signature === null) {
        if (!client)
          return done({ state: 'bad', message: 'Connect to the chain to check an engagement accepted on chain.' });
        const id = await import('@/lib/engagements/typed-data').then((m) =>
          m.engagementId(response.chainId, response.registry, e),
        );
        const uses = await client
          .readContract({ address: response.registry, abi: levetrageAbi, functionName: 'acceptedUses', args: [id] })
          .catch(() => null);
        if (uses === null)
          return done({
            state: 'bad',
            message: 'The chain could not be asked whether the provider accepted it. Try again.',
          });
        return uses > 0n
          ? done({
              state: 'ok',
              provider: e.provider,
              how: 'accepted on chain',
              validUntil: e.validUntil,
              minStake: e.minStake,
            })
          : done({
              state: 'bad',
              message: 'The provider has not accepted this engagement on chain (or it was used up or revoked).',
            });
      }
      const check = await verifyEngagementSignature(
        { chainId: response.chainId, registry: response.registry, engagement: e, signature: response.signature },
        client,
      );
      return check.ok
        ? done({
            state: 'ok',
            provider: e.provider,
            how: check.method === 'ecdsa' ? 'signature' : 'contract signature',
            validUntil: e.validUntil,
            minStake: e.minStake,
          })
        : done({ state: 'bad', message: SIGNATURE_PROBLEM_TEXT[check.problem] });
    })().catch(() => done({ state: 'bad', message: 'The engagement could not be checked. Try again.' }));
    return () => {
      cancelled = true;
    };
  }, [response, trimmed]);
  if (!response) return { state: 'none' };
  return answer?.code === trimmed ? answer.result : { state: 'checking' };
}

/** The check's result in words, under the engagement code field. */
export function EngagementCheckNote({ check }: { check: EngagementCheckState }) {
  if (check.state === 'none') return null;
  if (check.state === 'checking')
    return (
      <p className="mt-2 text-sm text-slate-700" role="status">
        Checking the provider’s signature…
      </p>
    );
  if (check.state === 'bad')
    return (
      <p className="mt-2 text-sm font-semibold text-red-700" role="alert" data-testid="engagement-check">
        {check.message}
      </p>
    );
  return (
    <p className="mt-2 text-sm text-green-900" role="status" data-testid="engagement-check">
      ✓ {shortAddress(check.provider)} accepted this engagement ({check.how}, checked in your browser), valid until{' '}
      {formatDate(check.validUntil)}
      {check.minStake > 0n ? `, for a stake of at least ${formatEth(check.minStake)}` : ''}.
    </p>
  );
}
