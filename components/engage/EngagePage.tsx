'use client';

import { useEffect, useMemo, useState } from 'react';
import { useAccount } from '@/components/wallet/wallet-store';
import { signTypedDataWithWallet } from '@/components/wallet/sign-typed-data';
import type { Hex, PublicClient } from 'viem';
import { readClientFor } from '@/lib/chain-client';
import { getDeployment } from '@/lib/contracts/deployments';
import { levetrageAbi } from '@/lib/contracts/abis.generated';
import { acceptEngagementCall } from '@/lib/contracts/actions/accept-engagement';
import { decodeError } from '@/lib/errors/decode-error';
import { renderAgreementInBrowser } from '@/lib/agreements/render-client';
import {
  decodeEngagementRequest,
  encodeEngagementResponse,
  LinkError,
  type EngagementRequest,
} from '@/lib/engagements/link';
import {
  agreementHashProblem,
  requestProblems,
  templateInputsOf,
  walletProblem,
} from '@/lib/engagements/request-check';
import { engagementId, engagementTypedData } from '@/lib/engagements/typed-data';
import { SIGNATURE_PROBLEM_TEXT, verifyEngagementSignature } from '@/lib/engagements/verify';
import { hashAgreementFile } from '@/lib/wizard/hash-file';
import { useTransaction } from '@/components/tx/use-transaction';
import { TxStatus } from '@/components/tx/TxStatus';
import { CopyField } from './CopyField';
import { EngagementTerms } from './EngagementTerms';
import { PdfPreview } from './PdfPreview';

type Agreement =
  | { state: 'checking' }
  | { state: 'ok'; sha256: Hex; url?: string; name?: string }
  | { state: 'bad'; message: string }
  | { state: 'need-file' };

/** The code after `#` in the address bar, kept in sync with it. */
function useFragment(): string | null {
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setCode(window.location.hash.replace(/^#/, ''));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  return code;
}

/**
 * The provider's engage page: reads an engagement request from the link's fragment (no wallet needed), shows
 * the terms, re-renders the agreement and checks its sha-256 in the browser, then lets the provider sign the
 * EIP-712 engagement with its wallet or accept it on chain, and gives the code back for the maker.
 */
export function EngagePage() {
  const code = useFragment();
  const decoded = useMemo((): { request: EngagementRequest } | { error: string } | null => {
    if (code === null) return null;
    if (!code)
      return { error: 'This page needs an engagement link: open the link the maker sent you (it ends in #…).' };
    try {
      return { request: decodeEngagementRequest(code) };
    } catch (e) {
      return { error: e instanceof LinkError ? e.message : 'This engagement link could not be read.' };
    }
  }, [code]);

  if (decoded === null) return <p role="status">Reading the link…</p>;
  if ('error' in decoded)
    return (
      <p className="rounded-md bg-red-50 p-4 font-semibold text-red-800" role="alert" data-testid="engage-error">
        {decoded.error}
      </p>
    );
  return <EngageRequest key={code} request={decoded.request} />;
}

function EngageRequest({ request: req }: { request: EngagementRequest }) {
  const client = useMemo(() => readClientFor(req.chainId), [req.chainId]);
  const [now, setNow] = useState<number | null>(null);
  const [nonceUsed, setNonceUsed] = useState<boolean | null>(null);
  const [agreement, setAgreement] = useState<Agreement>(
    req.agreement.kind === 'template' ? { state: 'checking' } : { state: 'need-file' },
  );

  // The chain's clock (the registry's: anvil may be ahead of the wall clock) and whether the nonce is free.
  useEffect(() => {
    let live = true;
    const wall = Math.floor(Date.now() / 1000);
    void (async () => {
      const block = client ? await client.getBlock().catch(() => null) : null;
      if (live) setNow(Math.max(wall, Number(block?.timestamp ?? 0)));
    })();
    client
      ?.readContract({
        address: req.registry,
        abi: levetrageAbi,
        functionName: 'isNonceUsed',
        args: [req.engagement.provider, req.engagement.nonce],
      })
      .then((used) => live && setNonceUsed(used))
      .catch(() => live && setNonceUsed(null));
    return () => {
      live = false;
    };
  }, [client, req]);

  // Re-render the template and hash the bytes here.
  const templateInputs = useMemo(() => (req.agreement.kind === 'template' ? templateInputsOf(req) : null), [req]);
  useEffect(() => {
    const inputs = templateInputs;
    if (!inputs || typeof inputs === 'string') return;
    let live = true;
    let url: string | undefined;
    void renderAgreementInBrowser(inputs).then((r) => {
      if (!live) return;
      if (!r.ok) return setAgreement({ state: 'bad', message: r.message });
      const problem = agreementHashProblem(req.engagement.agreementHash, r.sha256);
      if (problem) return setAgreement({ state: 'bad', message: problem });
      url = URL.createObjectURL(new Blob([r.bytes as BlobPart], { type: 'application/pdf' }));
      setAgreement({
        state: 'ok',
        sha256: r.sha256,
        url,
        name: `levetrage-${inputs.template}-${r.sha256.slice(2, 10)}.pdf`,
      });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [req, templateInputs]);
  // A template that does not name this engagement is refused before any rendering.
  const shown: Agreement = typeof templateInputs === 'string' ? { state: 'bad', message: templateInputs } : agreement;

  const problems = now === null ? [] : requestProblems(req, { now, registryFor: (id) => getDeployment(id)?.levetrage });
  if (nonceUsed)
    problems.push(
      'This engagement’s nonce was already used, accepted or revoked by the provider: ask the maker for a new link.',
    );

  return (
    <div className="space-y-6">
      <EngagementTerms request={req} />
      <section aria-labelledby="agreement-h" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="agreement-h" className="text-lg font-semibold">
          The agreement
        </h2>
        <AgreementCheck request={req} agreement={shown} onFile={setAgreement} />
      </section>
      {problems.length > 0 && (
        <div className="rounded-md bg-red-50 p-4 text-red-900" role="alert" data-testid="engage-problems">
          <p className="font-semibold">Do not sign this engagement:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {now !== null && problems.length === 0 && agreement.state === 'ok' && <Consent request={req} client={client} />}
    </div>
  );
}

function AgreementCheck({
  request: req,
  agreement,
  onFile,
}: {
  request: EngagementRequest;
  agreement: Agreement;
  onFile: (a: Agreement) => void;
}) {
  const expected = req.engagement.agreementHash;
  return (
    <div className="mt-2 space-y-2 text-sm">
      <p>
        The engagement names the agreement with sha-256 <code className="break-all">{expected}</code>.
      </p>
      {req.agreement.kind === 'file' && (
        <label className="block">
          <span className="font-semibold">
            The maker brings a signed file{req.agreement.name ? ` (${req.agreement.name})` : ''}: choose your copy to
            check it (it stays in your browser)
          </span>
          <input
            type="file"
            className="mt-1 block"
            data-testid="engage-file"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              try {
                const h = await hashAgreementFile(file);
                const problem = agreementHashProblem(expected, h);
                onFile(problem ? { state: 'bad', message: problem } : { state: 'ok', sha256: h });
              } catch (err) {
                onFile({ state: 'bad', message: (err as Error).message });
              }
            }}
          />
        </label>
      )}
      {agreement.state === 'checking' && (
        <p role="status">Re-rendering the agreement and hashing it in your browser…</p>
      )}
      {agreement.state === 'bad' && (
        <p className="font-semibold text-red-800" role="alert" data-testid="engage-hash">
          {agreement.message}
        </p>
      )}
      {agreement.state === 'ok' && (
        <>
          <p className="text-green-900" role="status" data-testid="engage-hash">
            ✓ {req.agreement.kind === 'template' ? 'Re-rendered from this link, the PDF' : 'Your file'} has exactly this
            sha-256 (computed in your browser): it is the agreement the engagement names.
          </p>
          {agreement.url && agreement.name && <PdfPreview url={agreement.url} name={agreement.name} />}
        </>
      )}
    </div>
  );
}

/** Sign with the wallet, or accept on chain; then the code for the maker. */
function Consent({ request: req, client }: { request: EngagementRequest; client?: PublicClient }) {
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
      const d = decodeError(err);
      setProblem(d.kind === 'rejected' ? 'You declined the signature in your wallet: nothing was signed.' : d.message);
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
