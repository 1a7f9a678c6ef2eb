import Link from 'next/link';
import { withParams, type SearchParamsInput, type Tab } from '@/lib/calculator/url';

const TAB_LABELS: Record<Tab, string> = {
  split: 'Split a surplus',
  threat: 'Probabilistic threat',
  presets: 'Presets',
};

/**
 * The calculator's tabs as plain links (work without JavaScript; each tab is a shareable URL).
 * Links keep the current inputs so switching tabs and back loses nothing.
 */
export function CalculatorTabs({ active, params }: { active: Tab; params: SearchParamsInput }) {
  return (
    <nav aria-label="Calculator sections" className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {(Object.keys(TAB_LABELS) as Tab[]).map((tab) => {
          const current = tab === active;
          return (
            <li key={tab}>
              <Link
                href={withParams(params, { tab })}
                aria-current={current ? 'page' : undefined}
                data-tab={tab}
                className={`inline-block rounded-t-md border px-3 py-2 text-sm font-medium ${
                  current
                    ? 'border-slate-200 border-b-slate-50 bg-slate-50 text-indigo-700'
                    : 'border-transparent text-slate-600 hover:text-slate-900'
                }`}
              >
                {TAB_LABELS[tab]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
