'use client';

import { useId, useState } from 'react';
import { notifyPaths } from '@/lib/notify/notifier-url';
import type { NotifyTarget } from '@/lib/notify/target-from-search';

export interface SubscribeProps {
  target: NotifyTarget;
  /** The section's heading, e.g. "Get told before the deadline". */
  title?: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'done'; message: string; secret?: string }
  | { kind: 'error'; message: string };

/**
 * Subscribe without a wallet: e-mail (double opt-in: a confirmation link first) or a signed webhook, plus the
 * Atom feed and the calendar file. Posts to the app's proxy of the notifier (/api/notify/subscriptions).
 */
export function Subscribe({ target, title = 'Get notified' }: SubscribeProps) {
  const id = useId();
  const [channel, setChannel] = useState<'email' | 'webhook'>('email');
  const [value, setValue] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setState({ kind: 'sending' });
    try {
      const res = await fetch(notifyPaths.subscriptions, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel, target, ...(channel === 'email' ? { email: value } : { url: value }) }),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string; secret?: string };
      if (!res.ok) setState({ kind: 'error', message: body.error ?? `The notifier answered ${res.status}.` });
      else setState({ kind: 'done', message: body.message ?? 'Subscribed.', secret: body.secret });
    } catch {
      setState({ kind: 'error', message: 'Notifications are unavailable right now; try again in a minute.' });
    }
  }

  const feeds: [string, string][] =
    target.type === 'threat'
      ? [
          ['Atom feed', notifyPaths.threatFeed(target.threatId)],
          ['Calendar (.ics): deadline and draws', notifyPaths.threatCalendar(target.threatId)],
        ]
      : target.type === 'address'
        ? [['Atom feed', notifyPaths.addressFeed(target.address)]]
        : [];

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-xl bg-white p-4 ring-1 ring-slate-200"
      data-testid="subscribe"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        No wallet needed. We e-mail you a confirmation link first; nothing else is sent before you click it, and every
        message has an unsubscribe link.
      </p>
      <form onSubmit={submit} className="mt-3 space-y-2">
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">Channel</legend>
          {(['email', 'webhook'] as const).map((c) => (
            <label key={c} className="flex items-center gap-1">
              <input
                type="radio"
                name={`${id}-channel`}
                value={c}
                checked={channel === c}
                onChange={() => setChannel(c)}
              />
              {c === 'email' ? 'E-mail' : 'Webhook'}
            </label>
          ))}
        </fieldset>
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex min-w-0 flex-1 flex-col text-sm">
            <span className="font-medium text-slate-700">
              {channel === 'email' ? 'Your e-mail address' : 'Webhook URL (HTTPS)'}
            </span>
            <input
              type={channel === 'email' ? 'email' : 'url'}
              required
              value={value}
              onChange={(e) => setValue(e.target.value)}
              placeholder={channel === 'email' ? 'you@example.com' : 'https://example.com/hook'}
              className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
              aria-describedby={state.kind === 'error' ? `${id}-error` : undefined}
            />
          </label>
          <button
            type="submit"
            disabled={state.kind === 'sending'}
            className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
          >
            {state.kind === 'sending' ? 'Subscribing…' : 'Subscribe'}
          </button>
        </div>
      </form>
      {state.kind === 'error' && (
        <p id={`${id}-error`} role="alert" className="mt-2 text-sm text-red-700">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <div role="status" className="mt-2 text-sm text-emerald-800">
          <p>{state.message}</p>
          {state.secret && (
            <p className="mt-1 text-slate-800">
              Signing secret (shown once): <code className="break-all rounded bg-slate-100 px-1">{state.secret}</code>
            </p>
          )}
        </div>
      )}
      {feeds.length > 0 && (
        <p className="mt-3 flex flex-wrap gap-x-4 text-sm">
          {feeds.map(([label, href]) => (
            <a key={href} href={href} className="text-indigo-700 underline underline-offset-2">
              {label}
            </a>
          ))}
        </p>
      )}
    </section>
  );
}
