'use client';

import { useEffect, useState } from 'react';
import type { Address } from 'viem';
import { getChain, LOCAL_CHAIN_ID } from '@/lib/chains';
import devAccounts from '@/lib/dev-accounts.json';
import type { AcceptanceCheck, AcceptanceInput } from '@/lib/engagements/acceptance';
import { formatDate, formatEth } from '@/lib/format';

/** Props: what ThreatCreated says about the threat's provider and engagement. */
export type EngagementAcceptanceProps = AcceptanceInput;

/** The provider's name when known: the dev accounts' on the local chain ("Law firm Y"), else "The provider". */
export function providerLabel(chainId: number, provider: Address): string {
  if (chainId !== LOCAL_CHAIN_ID) return 'The provider';
  const a = devAccounts.find((d) => d.address.toLowerCase() === provider.toLowerCase());
  return a ? a.label.replace(/\s*\(.*\)$/, '') : 'The provider';
}

/**
 * "Law firm Y (0x…) accepted this engagement on <date>: signature checked in your browser". The browser reads
 * the creation transaction from the chain, recomputes the engagement's EIP-712 id and checks the provider's
 * signature (or its on-chain acceptance) itself: nothing is taken from our server.
 */
export function EngagementAcceptance(p: EngagementAcceptanceProps) {
  const [check, setCheck] = useState<AcceptanceCheck | null>(null);
  useEffect(() => {
    if (!getChain(p.chainId)) return;
    let live = true;
    // The reader and the signature check load here, after the page: none of it is needed to read the page.
    Promise.all([import('@/lib/chain-client-bare'), import('@/lib/engagements/acceptance')])
      .then(([{ bareClientFor }, { checkAcceptance }]) => checkAcceptance(bareClientFor(p.chainId, 10_000)!, p))
      .then((r) => live && setCheck(r))
      .catch(
        () =>
          live &&
          setCheck({
            ok: false,
            message: 'The chain did not answer, so the engagement could not be checked here. Reload in a moment.',
          }),
      );
    return () => {
      live = false;
    };
  }, [p]);

  const label = providerLabel(p.chainId, p.provider);
  if (!getChain(p.chainId))
    return (
      <p className="text-sm font-semibold text-amber-900" data-testid="engagement-acceptance" data-ok="false">
        This browser does not know the threat’s chain, so it cannot check the engagement.
      </p>
    );
  if (!check)
    return (
      <p className="text-sm text-slate-700" role="status">
        Checking the provider’s acceptance in your browser…
      </p>
    );
  if (!check.ok)
    return (
      <p className="text-sm font-semibold text-amber-900" data-testid="engagement-acceptance" data-ok="false">
        {check.message}
      </p>
    );
  return (
    <div data-testid="engagement-acceptance" data-ok="true" className="text-sm text-green-900">
      <p className="font-semibold">
        ✓ {label} ({p.provider}) accepted this engagement on {formatDate(check.at)}:{' '}
        {check.how === 'accepted on chain' ? 'its on-chain acceptance' : 'signature'} checked in your browser.
      </p>
      <p className="mt-1 text-slate-700">
        It acts on an escalation of at least {formatEth(check.engagement.minStake)} from this registry for this
        engagement; a copied agreement hash or a plain transfer is not a trigger.
      </p>
    </div>
  );
}
