'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { useTransaction } from '@/components/tx/use-transaction';
import { TxStatus } from '@/components/tx/TxStatus';
import type { TxStep } from '@/lib/tx/run-transaction';
import { formatDate, formatEth } from '@/lib/format';

/** The demand every confirm step restates. */
export interface DemandBrief {
  id: bigint;
  chainId: number;
  terms: string;
  maker: string;
  stake: bigint;
  deadline: number;
}

/** Props of `<ConfirmedAction />`. */
export interface ConfirmedActionProps {
  brief: DemandBrief;
  /** Test id stem: `${testId}` opens, `${testId}-confirm` is the box, `${testId}-go` sends. */
  testId: string;
  label: string;
  title: string;
  /** What this action costs or sends, in ETH (restated in the confirm box). */
  amounts?: { label: string; wei: bigint }[];
  /** What happens, in words. */
  consequence: ReactNode;
  /** Inputs shown in the confirm box (bond, answer…). */
  fields?: ReactNode;
  /** Why it cannot be sent now (shown under the button, which is disabled). */
  blocked?: string;
  /** A problem with the inputs (shown in the box; the send button is disabled). */
  invalid?: string;
  /** The writes, built at send time (null: nothing to send). */
  steps: () => Promise<TxStep[]> | TxStep[];
  successMessage: string;
  tone?: 'emerald' | 'indigo' | 'amber';
}

const TONES = {
  emerald: 'bg-emerald-700 border-emerald-300 bg-emerald-50 text-emerald-900',
  indigo: 'bg-indigo-700 border-indigo-300 bg-indigo-50 text-indigo-900',
  amber: 'bg-amber-700 border-amber-300 bg-amber-50 text-amber-900',
} as const;

/**
 * One resolver action with a confirm step that restates the demand (terms, maker, stake, deadline) and the
 * amounts in ETH, then sends its writes through the one transaction pipeline (reverts decoded into words).
 */
export function ConfirmedAction(p: ConfirmedActionProps) {
  const router = useRouter();
  const tx = useTransaction();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);
  const [button, border, bg, text] = TONES[p.tone ?? 'indigo'].split(' ');

  if (tx.phase === 'success') return <TxStatus state={tx.state} successMessage={p.successMessage} onReset={tx.reset} />;

  return (
    <div className="space-y-2">
      {!open ? (
        <button
          type="button"
          data-testid={p.testId}
          disabled={!!p.blocked}
          onClick={() => setOpen(true)}
          className={`rounded-md ${button} px-3 py-1.5 text-sm font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50`}
        >
          {p.label}…
        </button>
      ) : (
        <section
          aria-labelledby={headingId}
          data-testid={`${p.testId}-confirm`}
          className={`rounded-md border ${border} ${bg} p-3 text-sm`}
        >
          <h4 id={headingId} ref={headingRef} tabIndex={-1} className={`font-semibold ${text}`}>
            {p.title}
          </h4>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-slate-700">Demand</dt>
            <dd className="whitespace-pre-wrap break-words">{p.brief.terms || '(no terms text)'}</dd>
            <dt className="text-slate-700">Maker</dt>
            <dd className="break-all font-mono text-xs">{p.brief.maker}</dd>
            <dt className="text-slate-700">Stake</dt>
            <dd>{formatEth(p.brief.stake)}</dd>
            <dt className="text-slate-700">Deadline</dt>
            <dd>{formatDate(p.brief.deadline)}</dd>
            {p.amounts?.map((a) => (
              <FragmentRow key={a.label} label={a.label} value={formatEth(a.wei)} />
            ))}
          </dl>
          {p.fields && <div className="mt-2 space-y-2">{p.fields}</div>}
          <p className="mt-2 text-slate-800">{p.consequence}</p>
          {p.invalid && (
            <p className="mt-2 font-semibold text-red-800" role="alert" data-testid={`${p.testId}-invalid`}>
              {p.invalid}
            </p>
          )}
          <div className="mt-3 flex gap-2">
            <button
              type="button"
              data-testid={`${p.testId}-go`}
              disabled={tx.busy || !!p.blocked || !!p.invalid}
              onClick={async () => {
                const steps = (await p.steps()).map((s) => ({
                  ...s,
                  request: typeof s.request === 'function' ? s.request : { ...s.request, chainId: p.brief.chainId },
                }));
                const r = await tx.run(steps);
                if (r.ok) router.refresh();
              }}
              className={`rounded-md ${button} px-3 py-1.5 font-semibold text-white disabled:opacity-50`}
            >
              Confirm: {p.label.toLowerCase()}
            </button>
            <button
              type="button"
              disabled={tx.busy}
              onClick={() => {
                setOpen(false);
                tx.reset();
              }}
              className="rounded-md border border-slate-400 bg-white px-3 py-1.5"
            >
              Cancel
            </button>
          </div>
        </section>
      )}
      {p.blocked && (
        <p className="text-xs text-slate-700" data-testid={`${p.testId}-reason`}>
          {p.blocked}
        </p>
      )}
      <TxStatus state={tx.state} onReset={tx.reset} />
    </div>
  );
}

function FragmentRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="text-slate-700">{label}</dt>
      <dd className="font-semibold">{value}</dd>
    </>
  );
}

/** A labelled ETH amount input for confirm boxes. */
export function EthInput({
  id,
  label,
  value,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
}) {
  return (
    <label htmlFor={id} className="block">
      <span className="block font-medium">{label}</span>
      <input
        id={id}
        inputMode="decimal"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 w-40 rounded-md border border-slate-400 px-2 py-1"
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <span id={`${id}-hint`} className="ml-2 text-xs text-slate-700">
          {hint}
        </span>
      )}
    </label>
  );
}
