'use client';

import { useId, useState, type DragEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { hashAgreementFile } from '@/lib/wizard/hash-file';
import type { WizardValues } from '@/lib/wizard/types';
import type { FieldA11y } from './Field';

/**
 * Drop (or choose) the signed agreement; the browser computes its SHA-256 with Web Crypto and fills the
 * `agreementHash` field. The file is read locally and never uploaded.
 */
export function AgreementDrop({ a11y }: { a11y: FieldA11y }) {
  const { setValue, watch, register } = useFormContext<WizardValues>();
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInputId = useId();
  const hash = watch('agreementHash');
  const fileName = watch('agreementFileName');

  async function take(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const h = await hashAgreementFile(file);
      setValue('agreementHash', h, { shouldDirty: true, shouldValidate: true });
      setValue('agreementFileName', file.name, { shouldDirty: true });
    } catch (e) {
      setProblem((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files?.[0]);
  }

  return (
    <div>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`rounded-md border-2 border-dashed p-5 text-center ${over ? 'border-indigo-700 bg-indigo-50' : 'border-slate-400 bg-white'}`}
        data-testid="agreement-drop"
      >
        <p className="font-semibold">Drop the signed agreement here</p>
        <p className="mt-1 text-sm text-slate-600">or</p>
        <label
          htmlFor={fileInputId}
          className="mt-2 inline-block cursor-pointer rounded-md bg-slate-800 px-4 py-2 font-semibold text-white focus-within:ring-2 focus-within:ring-indigo-600"
        >
          Choose a file
          <input
            id={fileInputId}
            type="file"
            className="sr-only"
            onChange={(e) => void take(e.target.files?.[0])}
            data-testid="agreement-file"
          />
        </label>
        <p className="mt-3 text-sm text-slate-700">
          🔒 The file never leaves your browser. Only its SHA-256 fingerprint goes on-chain, so the provider — and later
          anyone you show the file to — can check it is the agreement you signed.
        </p>
        <p aria-live="polite" className="mt-2 text-sm">
          {busy ? 'Computing the fingerprint…' : fileName && hash ? `Fingerprint of ${fileName} computed.` : ''}
        </p>
        {problem && <p className="mt-2 text-sm font-semibold text-red-700">{problem}</p>}
      </div>
      <label htmlFor={a11y.id} className="mt-4 block text-sm font-semibold">
        Agreement fingerprint (SHA-256)
      </label>
      <input
        {...a11y}
        type="text"
        spellCheck={false}
        autoComplete="off"
        placeholder="0x… (filled in when you drop the file, or paste it)"
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm break-all aria-[invalid=true]:border-red-700"
        {...register('agreementHash', {
          onChange: () => setValue('agreementFileName', ''),
        })}
      />
    </div>
  );
}
