import { KIND_LABELS, STATUS_LABELS } from '@/lib/threats/labels';
import type { ThreatKind, ThreatStatus } from '@/lib/threats/types';

const TONES = {
  live: 'bg-amber-100 text-amber-900 ring-amber-300',
  hawk: 'bg-red-100 text-red-900 ring-red-300',
  dove: 'bg-green-100 text-green-900 ring-green-300',
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
} as const;

const SIZES = { md: 'px-2.5 py-0.5 text-sm', sm: 'px-2 py-0.5 text-xs' } as const;

/**
 * The one status pill: a threat's status as a coloured pill (the same colours on the public page, the home
 * list and the desks), with its explanation as the tooltip. `md` on the threat page, `sm` in lists.
 */
export function StatusPill({ status, size = 'md' }: { status: ThreatStatus; size?: keyof typeof SIZES }) {
  const s = STATUS_LABELS[status];
  return (
    <span
      data-testid="threat-status"
      data-status={status}
      title={s.explain}
      className={`inline-flex items-center rounded-full font-semibold ring-1 ring-inset ${SIZES[size]} ${TONES[s.tone]}`}
    >
      {s.label}
    </span>
  );
}

/** The kind of threat in words. */
export function KindBadge({ kind }: { kind: ThreatKind }) {
  return (
    <span className="inline-flex items-center rounded-full bg-indigo-50 px-2.5 py-0.5 text-sm font-medium text-indigo-900 ring-1 ring-inset ring-indigo-200">
      {KIND_LABELS[kind].label}
    </span>
  );
}
