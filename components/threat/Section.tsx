import type { UsdPrice } from '@/lib/format';
import type { ThreatView } from '@/lib/threats/types';
import type { ExplorerLinks } from './explorer';

/** Props of a public-page section about the whole threat: the threat, explorer links and the ETH/USD price. */
export interface ThreatSectionProps {
  threat: ThreatView;
  links: ExplorerLinks;
  /** ETH/USD from the chain's feed; null or absent: ETH only. */
  price?: UsdPrice | null;
}

/** A titled card section of the threat page; `id` makes it linkable (#comply, #draws…). */
export function Section({
  id,
  title,
  children,
  lead,
}: {
  id: string;
  title: string;
  lead?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold text-slate-900">
        {title}
      </h2>
      {lead ? <p className="mt-1 text-sm text-slate-600">{lead}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** One term/definition row of a facts list. */
export function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd data-testid={testId} className="mt-0.5 text-slate-900 sm:col-span-2 sm:mt-0">
        {children}
      </dd>
    </div>
  );
}

/** A full address or hash in monospace that wraps on phones, optionally linked to a block explorer. */
export function Mono({ value, href }: { value: string; href?: string }) {
  const text = <code className="break-all font-mono text-[0.8125rem]">{value}</code>;
  return href ? (
    <a
      href={href}
      className="text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:text-indigo-900"
      rel="noopener noreferrer"
    >
      {text}
    </a>
  ) : (
    text
  );
}
