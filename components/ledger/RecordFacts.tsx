import type { ReactNode } from 'react';

/** A titled block of facts (label → value) on a track-record page. */
export function RecordFacts({
  id,
  title,
  intro,
  facts,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  facts: [string, ReactNode][];
  children?: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-h`}
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`record-${id}`}
    >
      <h2 id={`${id}-h`} className="text-lg font-semibold">
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {facts.map(([k, v]) => (
          <div key={k} className="contents" data-fact={k}>
            <dt className="text-slate-600">{k}</dt>
            <dd className="font-medium text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}
