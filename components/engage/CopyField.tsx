'use client';

import { useId, useState } from 'react';

/** A read-only link or code to hand to the other party, with a Copy button (engagement request and response). */
export function CopyField({
  label,
  value,
  testId,
  rows,
  button,
}: {
  label: string;
  value: string;
  testId: string;
  /** A textarea of this many rows (a code), else one line (a link). */
  rows?: number;
  button: string;
}) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const cls = 'mt-1 block w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs break-all';
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {rows ? (
        <textarea
          id={id}
          readOnly
          rows={rows}
          value={value}
          data-testid={testId}
          className={cls}
          onFocus={(e) => e.target.select()}
        />
      ) : (
        <input id={id} readOnly value={value} data-testid={testId} className={cls} onFocus={(e) => e.target.select()} />
      )}
      <button
        type="button"
        className="mt-2 rounded-md border border-slate-600 bg-white px-3 py-1.5 text-sm font-semibold"
        onClick={() => void navigator.clipboard?.writeText(value).then(() => setCopied(true))}
      >
        {copied ? 'Copied' : button}
      </button>
    </div>
  );
}
