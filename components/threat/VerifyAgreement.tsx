'use client';

import { useState } from 'react';

type State =
  | { kind: 'idle' }
  | { kind: 'hashing'; name: string }
  | { kind: 'done'; name: string; hash: string; match: boolean }
  | { kind: 'error'; message: string };

/** sha-256 of a file as 0x-prefixed lowercase hex, with the browser's Web Crypto (the file stays local). */
async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return `0x${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * "Verify an agreement": drop or pick a file; the browser hashes it (sha-256) and compares the hash with the
 * agreement hash on-chain. The file never leaves the browser.
 */
export function VerifyAgreement({ agreementHash }: { agreementHash: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [over, setOver] = useState(false);

  async function check(file: File | undefined) {
    if (!file) return;
    if (typeof crypto === 'undefined' || !crypto.subtle) {
      setState({
        kind: 'error',
        message: 'This browser cannot hash files here (Web Crypto needs a secure https page).',
      });
      return;
    }
    setState({ kind: 'hashing', name: file.name });
    try {
      const hash = await sha256Hex(file);
      setState({ kind: 'done', name: file.name, hash, match: hash === agreementHash.toLowerCase() });
    } catch (e) {
      setState({ kind: 'error', message: `Could not read the file: ${(e as Error).message}` });
    }
  }

  return (
    <div>
      <label
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void check(e.dataTransfer.files[0]);
        }}
        className={`flex cursor-pointer flex-col items-center rounded-lg border-2 border-dashed p-4 text-center text-sm ${over ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300 bg-slate-50'}`}
      >
        <span className="font-semibold text-slate-800">Drop the agreement file here, or tap to choose it</span>
        <span className="mt-1 text-slate-600">It is hashed in your browser and never uploaded.</span>
        <input
          type="file"
          data-testid="agreement-file"
          className="sr-only"
          onChange={(e) => void check(e.target.files?.[0])}
        />
      </label>
      <div aria-live="polite" className="mt-2 text-sm">
        {state.kind === 'hashing' ? <p>Hashing {state.name}…</p> : null}
        {state.kind === 'error' ? <p className="text-red-800">{state.message}</p> : null}
        {state.kind === 'done' ? (
          <div
            data-testid="agreement-result"
            data-match={state.match ? 'true' : 'false'}
            className={state.match ? 'text-green-800' : 'text-red-800'}
          >
            <p className="font-semibold">
              {state.match
                ? `✓ ${state.name} is the agreement this threat commits to.`
                : `✗ ${state.name} is not the agreement this threat commits to.`}
            </p>
            <p className="mt-0.5 break-all font-mono text-xs text-slate-700">sha-256: {state.hash}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
