'use client';

import { useEffect, useMemo, useState } from 'react';
import type { Chain, Client, Hex, HttpTransport } from 'viem';
import { getDeployment } from '@/lib/contracts/deployments';
import { renderAgreementInBrowser } from '@/lib/agreements/render-client';
import { decodeEngagementRequest, LinkError, type EngagementRequest } from '@/lib/engagements/link';
import { agreementHashProblem, requestProblems, templateInputsOf } from '@/lib/engagements/request-check';
import { hashAgreementFile } from '@/lib/wizard/hash-file';
import { Consent } from './Consent';
import { LinkProblem } from './LinkProblem';
import { EngagementTerms } from './EngagementTerms';
import { PdfPreview } from './PdfPreview';

type Agreement =
  | { state: 'checking' }
  | { state: 'ok'; sha256: Hex; url?: string; name?: string }
  | { state: 'bad'; message: string }
  | { state: 'need-file' };

/**
 * Decodes the engagement request in `code` (a link's fragment) and shows it, or says why it cannot be read.
 */
export function EngageLink({ code }: { code: string }) {
  const decoded = useMemo((): { request: EngagementRequest } | { error: string } => {
    try {
      return { request: decodeEngagementRequest(code) };
    } catch (e) {
      return { error: e instanceof LinkError ? e.message : 'This engagement link could not be read.' };
    }
  }, [code]);

  if ('error' in decoded) return <LinkProblem>{decoded.error}</LinkProblem>;
  return <EngageRequest request={decoded.request} />;
}

function EngageRequest({ request: req }: { request: EngagementRequest }) {
  const [client, setClient] = useState<Client<HttpTransport, Chain> | undefined>();
  const [now, setNow] = useState<number | null>(null);
  const [nonceUsed, setNonceUsed] = useState<boolean | null>(null);
  const [agreement, setAgreement] = useState<Agreement>(
    req.agreement.kind === 'template' ? { state: 'checking' } : { state: 'need-file' },
  );

  // The chain's clock (the registry's: anvil may be ahead of the wall clock) and whether the nonce is free.
  useEffect(() => {
    let live = true;
    const wall = Math.floor(Date.now() / 1000);
    void import('@/lib/engagements/chain-state')
      .then(({ readRequestChainState }) => readRequestChainState(req, wall))
      // the code of the chain reads did not load: check with the wall clock, and say nothing of the nonce
      .catch(() => ({ client: undefined, now: wall, nonceUsed: null }))
      .then((state) => {
        if (!live) return;
        setClient(state.client);
        setNonceUsed(state.nonceUsed);
        setNow(state.now);
      });
    return () => {
      live = false;
    };
  }, [req]);

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
