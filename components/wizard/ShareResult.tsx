'use client';

import { useEffect, useState } from 'react';

/** The created threat's share link, as text, a QR code and a copy button. */
export function ShareResult({ url, path, id }: { url: string; path: string; id: bigint }) {
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState<string>('');

  useEffect(() => {
    let live = true;
    // The QR code library loads only when there is a link to show (not with the wizard).
    import('qrcode')
      .then((QRCode) => QRCode.toDataURL(url, { margin: 1, width: 220, errorCorrectionLevel: 'M' }))
      .then((d) => live && setQr(d))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [url]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied.');
    } catch {
      const input = document.getElementById('share-link') as HTMLInputElement | null;
      input?.select();
      setCopied('Copying is blocked here: the link is selected, press Ctrl+C (⌘C) to copy it.');
    }
  }

  return (
    <section
      aria-labelledby="share-title"
      className="mt-6 rounded-md border-2 border-green-700 bg-green-50 p-4"
      data-testid="share-result"
    >
      <h3 id="share-title" className="text-lg font-bold text-green-900">
        Threat #{id.toString()} is live
      </h3>
      <p className="mt-1 text-sm">
        Send this link to the adversary. It opens the threat’s public page — no wallet needed.
      </p>
      <label htmlFor="share-link" className="mt-3 block text-sm font-semibold">
        Share link
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="share-link"
          readOnly
          value={url}
          className="min-w-0 grow rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm"
          data-testid="share-url"
        />
        <button type="button" onClick={copy} className="rounded-md bg-slate-800 px-4 py-2 font-semibold text-white">
          Copy link
        </button>
      </div>
      <p aria-live="polite" className="mt-1 text-sm">
        {copied}
      </p>
      {qr && (
        // eslint-disable-next-line @next/next/no-img-element -- a data: URL QR code made in the browser; next/image would add nothing
        <img
          src={qr}
          width={220}
          height={220}
          alt={`QR code of the link ${url}`}
          className="mt-3 rounded bg-white"
          data-testid="share-qr"
        />
      )}
      <p className="mt-3">
        <a href={path} className="font-semibold text-indigo-800 underline">
          Open the threat’s page
        </a>
      </p>
    </section>
  );
}
