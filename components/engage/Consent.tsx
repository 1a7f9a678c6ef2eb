'use client';

import { useState } from 'react';
import type { Client, Hex } from 'viem';
import { useAccount } from '@/components/wallet/wallet-store';
import { acceptEngagementCall } from '@/lib/contracts/actions/accept-engagement';
import { encodeEngagementResponse, type EngagementRequest } from '@/lib/engagements/link';
import { walletProblem } from '@/lib/engagements/request-check';
import { engagementId, engagementTypedData } from '@/lib/engagements/typed-data';
import { useTransaction } from '@/components/tx/use-transaction';
import { TxStatus } from '@/components/tx/TxStatus';
import { CopyField } from './CopyField';

/** Sign with the wallet, or accept on chain; then the code for the maker. */
export function Consent({ request: req, client }: { request: EngagementRequest; client?: Client }) {
  const { address, chainId } = useAccount();
  const tx = useTransaction();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [signature, setSignature] = useState<Hex | null | undefined>(undefined);
  const blocked = walletProblem(req, { address, chainId });
  const e = req.engagement;

  async function sign() {
    setBusy(true);
    setProblem(null);
    try {
      // the wallet's signing and the signature check (secp256k1) load when the provider signs
      const [{ signTypedDataWithWallet }, { SIGNATURE_PROBLEM_TEXT, verifyEngagementSignature }] = await Promise.all([
        import('@/components/wallet/sign-typed-data'),
        import('@/lib/engagements/verify'),
      ]);
      const sig = await signTypedDataWithWallet({
        account: address,
        ...engagementTypedData(req.chainId, req.registry, e),
      });
      const check = await verifyEngagementSignature(
        { chainId: req.chainId, registry: req.registry, engagement: e, signature: sig },
        client,
      );
      if (!check.ok)
        setProblem(
          check.problem === 'contract-refused'
            ? 'The provider is a contract that does not accept this signature (it may not support ERC-1271): accept the engagement on chain instead.'
            : SIGNATURE_PROBLEM_TEXT[check.problem],
        );
      else setSignature(sig);
    } catch (err) {
      // the error decoder loads only when something failed; if even that cannot load, the page is offline
      const d = await import('@/lib/errors/decode-error').then((m) => m.decodeError(err)).catch(() => null);
      setProblem(
        !d
          ? 'The signing step could not be loaded (the connection to this site dropped): nothing was signed. Try again.'
          : d.kind === 'rejected'
            ? 'You declined the signature in your wallet: nothing was signed.'
            : d.message,
      );
    } finally {
      setBusy(false);
    }
  }

  async function acceptOnChain() {
    setProblem(null);
    const r = await tx.run({
      ...acceptEngagementCall({ registry: req.registry, engagement: e }),
      chainId: req.chainId,
    });
    if (r.ok) setSignature(null);
  }

  if (signature !== undefined) {
    const code = encodeEngagementResponse({
      v: 1,
      type: 'engagement-response',
      chainId: req.chainId,
      registry: req.registry,
      engagement: e,
      signature,
    });
    return (
      <section
        aria-labelledby="code-h"
        className="rounded-lg border border-green-300 bg-green-50 p-4"
        data-testid="engage-done"
      >
        <h2 id="code-h" className="text-lg font-semibold text-green-950">
          {signature ? 'Signed. Send this code to the maker' : 'Accepted on chain. Send this code to the maker'}
        </h2>
        <p className="mt-1 text-sm text-green-950">
          The maker pastes it in the wizard; the registry will let exactly one threat with these terms name you, and an
          escalation of it carries the engagement id{' '}
          <code className="break-all">{engagementId(req.chainId, req.registry, e)}</code>.
        </p>
        <div className="mt-3">
          <CopyField
            label="Engagement code"
            value={code}
            rows={4}
            testId="engagement-response-code"
            button="Copy the code"
          />
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="consent-h" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="consent-h" className="text-lg font-semibold">
        Accept the engagement
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Signing is free (no transaction): the registry checks your signature when the maker creates the threat.
        Accepting on chain is a transaction from your address instead (for a multisig or a contract wallet).
      </p>
      {blocked && (
        <p className="mt-2 text-sm font-semibold text-amber-900" role="status" data-testid="engage-wallet">
          {blocked}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          disabled={!!blocked || busy || tx.busy}
          onClick={() => void sign()}
          data-testid="engage-sign"
          className="rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white disabled:opacity-50"
        >
          {busy ? 'Waiting for your wallet…' : 'Sign the engagement'}
        </button>
        <button
          type="button"
          disabled={!!blocked || busy || tx.busy}
          onClick={() => void acceptOnChain()}
          data-testid="engage-accept"
          className="rounded-md border border-slate-500 bg-white px-4 py-2 font-semibold disabled:opacity-50"
        >
          Accept on chain instead
        </button>
      </div>
      {problem && (
        <p className="mt-2 text-sm font-semibold text-red-800" role="alert" data-testid="engage-sign-error">
          {problem}
        </p>
      )}
      <TxStatus state={tx.state} onReset={tx.reset} />
    </section>
  );
}
