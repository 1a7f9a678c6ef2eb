'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useAccount } from '@/components/wallet/wallet-store';
import type { Address } from 'viem';
import { TEMPLATES } from '@/lib/agreements/registry';
import { canonicalJson } from '@/lib/canonical';
import { renderAgreementInBrowser } from '@/lib/agreements/render-client';
import type { FieldProblem } from '@/lib/agreements/types';
import { useAppChain } from '@/components/wallet/use-app-chain';
import {
  draftToInputs,
  minStakeWei,
  newAgreementDraft,
  PROVIDER_TEMPLATES,
  type AgreementDraft,
  type DraftContext,
  type ProviderTemplateId,
} from '@/lib/wizard/agreement-draft';
import type { WizardValues } from '@/lib/wizard/types';
import { PdfPreview } from '@/components/engage/PdfPreview';
import { inputClass, type FieldA11y } from './Field';

/** "clientName" → "Client name". */
function humanize(key: string): string {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The wizard's chain, registry, wallet and time: what the engagement names (null until the wallet is connected). */
export function useDraftContext(): DraftContext | null {
  const { address } = useAccount();
  const { chainId, deployment } = useAppChain();
  const [now] = useState(() => Math.floor(Date.now() / 1000));
  if (!address || !deployment) return null;
  return { chainId, registry: deployment.levetrage as Address, maker: address, now };
}

/** One field of a template, rendered from the type of its default (text, number, or a list of lines). */
function TemplateField({
  name,
  value,
  problem,
  onChange,
}: {
  name: string;
  value: unknown;
  problem?: string;
  onChange: (v: unknown) => void;
}) {
  const id = `agreement-field-${name}`;
  const errId = `${id}-error`;
  const common = { id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': problem ? errId : undefined };
  let input;
  if (typeof value === 'number')
    input = (
      <input
        {...common}
        type="number"
        className={inputClass}
        value={String(value)}
        onChange={(e) => onChange(e.target.value === '' ? '' : Number(e.target.value))}
      />
    );
  else if (Array.isArray(value))
    input = (
      <textarea
        {...common}
        rows={Math.max(2, value.length)}
        className={inputClass}
        value={value.join('\n')}
        onChange={(e) => onChange(e.target.value.split('\n'))}
      />
    );
  else {
    const s = String(value ?? '');
    input =
      s.length > 60 || s.includes('\n') ? (
        <textarea {...common} rows={3} className={inputClass} value={s} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" className={inputClass} value={s} onChange={(e) => onChange(e.target.value)} />
      );
  }
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-semibold">
        {humanize(name)}
      </label>
      <div className="mt-1">{input}</div>
      {problem && (
        <p id={errId} className="mt-1 text-sm font-semibold text-red-700">
          {problem}
        </p>
      )}
    </div>
  );
}

/**
 * Fill in a provider template (law-firm retainer, PR brief) from the wizard's data, render it to PDF on the
 * server, hash the bytes in the browser: the hash becomes the agreement hash. Preview and download the PDF.
 */
export function AgreementTemplate({
  draft,
  onDraft,
  a11y,
}: {
  draft: AgreementDraft;
  onDraft: (d: AgreementDraft) => void;
  a11y: FieldA11y;
}) {
  const { watch, setValue } = useFormContext<WizardValues>();
  const values = watch();
  const ctx = useDraftContext();
  const selectId = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [pdf, setPdf] = useState<{ url: string; key: string; name: string } | null>(null);
  const inputs = useMemo(() => (ctx ? draftToInputs(draft, values, ctx) : null), [ctx, draft, values]);
  const key = inputs ? canonicalJson(inputs) : '';
  const stale = pdf !== null && pdf.key !== key;
  const hash = values.agreementHash;

  useEffect(() => () => (pdf ? URL.revokeObjectURL(pdf.url) : undefined), [pdf]);

  const problemOf = (path: string) => problems.find((p) => p.path === path)?.message;
  const setField = (name: string, v: unknown) => onDraft({ ...draft, fields: { ...draft.fields, [name]: v } });

  async function render() {
    if (!inputs) return;
    const min = minStakeWei(draft);
    if (typeof min === 'string') {
      setMessage(min);
      return;
    }
    setBusy(true);
    setMessage(null);
    setProblems([]);
    const r = await renderAgreementInBrowser(inputs);
    setBusy(false);
    if (!r.ok) {
      setMessage(r.message);
      setProblems(r.problems);
      return;
    }
    const name = `levetrage-${draft.template}-${r.sha256.slice(2, 10)}.pdf`;
    setPdf({ url: URL.createObjectURL(new Blob([r.bytes as BlobPart], { type: 'application/pdf' })), key, name });
    setValue('agreementHash', r.sha256, { shouldDirty: true, shouldValidate: false });
    setValue('agreementFileName', name, { shouldDirty: true });
  }

  const template = TEMPLATES[draft.template];
  const otherProblems = problems.filter((p) => !p.path.startsWith('fields.'));
  return (
    <div className="rounded-md border border-slate-300 bg-white p-4" data-testid="agreement-template">
      <label htmlFor={selectId} className="block text-sm font-semibold">
        Template
      </label>
      <select
        id={selectId}
        className={`${inputClass} mt-1`}
        value={draft.template}
        data-testid="agreement-template-select"
        onChange={(e) => {
          const t = e.target.value as ProviderTemplateId;
          onDraft({ ...draft, template: t, fields: newAgreementDraft(t, values, draft.createdAt).fields });
        }}
      >
        {PROVIDER_TEMPLATES.map((t) => (
          <option key={t} value={t}>
            {TEMPLATES[t].title}
          </option>
        ))}
      </select>
      <p className="mt-1 text-sm text-slate-600">{template.summary}</p>
      {!ctx && (
        <p
          className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-950"
          role="status"
          data-testid="agreement-connect"
        >
          Connect your wallet: the agreement and the engagement name your address as the maker, and the registry of your
          network.
        </p>
      )}
      <fieldset className="mt-4">
        <legend className="font-semibold">The template’s fields</legend>
        {Object.entries(draft.fields).map(([name, value]) => (
          <TemplateField
            key={`${draft.template}-${name}`}
            name={name}
            value={value}
            problem={problemOf(`fields.${name}`)}
            onChange={(v) => setField(name, v)}
          />
        ))}
      </fieldset>
      <button
        type="button"
        disabled={!inputs || busy}
        onClick={() => void render()}
        data-testid="agreement-render"
        className="mt-4 rounded-md bg-slate-800 px-4 py-2 font-semibold text-white disabled:opacity-50"
      >
        {busy ? 'Rendering…' : pdf && !stale ? 'Render again' : 'Render the agreement (PDF)'}
      </button>
      {message && (
        <div className="mt-2 text-sm font-semibold text-red-700" role="alert" data-testid="agreement-render-error">
          <p>{message}</p>
          {otherProblems.map((p) => (
            <p key={p.path + p.message}>
              {p.path ? `${p.path}: ` : ''}
              {p.message}
            </p>
          ))}
        </div>
      )}
      {stale && (
        <p className="mt-2 text-sm font-semibold text-amber-900" role="status" data-testid="agreement-stale">
          You changed the agreement since it was rendered: render it again, so its hash is the one the provider signs.
        </p>
      )}
      {pdf && !stale && (
        <div className="mt-3 space-y-2" data-testid="agreement-rendered">
          <p className="text-sm text-green-900" role="status">
            ✓ Rendered. Its sha-256, computed in your browser, is the agreement hash below.
          </p>
          <PdfPreview url={pdf.url} name={pdf.name} testId="agreement-download" />
        </div>
      )}
      <label htmlFor={a11y.id} className="mt-4 block text-sm font-semibold">
        Agreement fingerprint (SHA-256)
      </label>
      <input
        {...a11y}
        readOnly
        value={hash}
        placeholder="Filled in when you render the agreement"
        className="mt-1 block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm break-all"
      />
    </div>
  );
}
