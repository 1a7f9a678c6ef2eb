import type { Metadata } from 'next';
import { notifierUrlFromEnv } from '@/lib/notify/notifier-url';

export const metadata: Metadata = { title: 'Dev mail' };
export const dynamic = 'force-dynamic';

interface SinkMessage {
  id: number;
  receivedMs: number;
  to: string[];
  subject: string;
  text: string;
}

/** Splits text into strings and links, so every http(s) URL in a message is clickable. */
function linkify(text: string) {
  const parts: (string | { href: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    parts.push(text.slice(last, m.index), { href: m[0] });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/**
 * The local inbox of `npm run dev`: every e-mail the notifier sent to its SMTP sink (smtp-server), newest
 * first, with clickable confirm / unsubscribe / threat links. Only when the notifier runs the sink.
 */
export default async function DevMailPage() {
  let messages: SinkMessage[] | null = null;
  let problem = '';
  try {
    const res = await fetch(`${notifierUrlFromEnv()}/dev/mail`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    });
    const body = await res.json();
    if (res.ok) messages = body as SinkMessage[];
    else problem = (body as { error?: string }).error ?? `The notifier answered ${res.status}.`;
  } catch {
    problem = 'The notifier does not answer (start it with npm run dev).';
  }
  return (
    <main className="mx-auto max-w-3xl space-y-4 px-3 py-8 sm:px-6">
      <h1 className="text-2xl font-bold text-slate-900">Dev mail</h1>
      <p className="text-sm text-slate-700">
        What the notifier sent to the local SMTP sink. Nothing here leaves this machine.
      </p>
      {problem && (
        <p role="alert" className="text-red-700">
          {problem}
        </p>
      )}
      {messages && messages.length === 0 && (
        <p className="text-slate-700">No messages yet. Subscribe from a threat page or a desk.</p>
      )}
      {messages?.map((m) => (
        <article key={m.id} className="rounded-xl bg-white p-4 ring-1 ring-slate-200" data-testid="dev-mail-message">
          <h2 className="font-semibold text-slate-900">{m.subject}</h2>
          <p className="text-xs text-slate-600">
            To {m.to.join(', ')} · {new Date(m.receivedMs).toISOString().replace('T', ' ').slice(0, 19)} UTC
          </p>
          <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm text-slate-800">
            {linkify(m.text).map((p, i) =>
              typeof p === 'string' ? (
                p
              ) : (
                <a key={i} href={p.href} className="text-indigo-700 underline">
                  {p.href}
                </a>
              ),
            )}
          </pre>
        </article>
      ))}
    </main>
  );
}
