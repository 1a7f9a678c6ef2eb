import Link from 'next/link';
import { PRESETS, presetHref } from '@/lib/calculator/presets';
import { presetResult } from '@/lib/calculator/preset-result';

/** The white paper's worked examples, each a link that loads its numbers into the right tab. */
export function PresetCards() {
  return (
    <section aria-labelledby="presets-heading" className="flex flex-col gap-3">
      <h2 id="presets-heading" className="text-lg font-semibold">
        Examples from the white paper
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {PRESETS.map((p) => (
          <li
            key={p.id}
            className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            data-preset={p.id}
          >
            <h3 className="font-semibold">
              {p.title} <span className="text-sm font-normal text-slate-500">{p.section}</span>
            </h3>
            <p className="text-sm text-slate-700">{p.summary}</p>
            <p className="text-sm">
              <span className="font-medium">Paper: </span>
              {p.paperResult}
            </p>
            <p className="text-sm" data-preset-result="">
              <span className="font-medium">Calculator: </span>
              {presetResult(p)}
            </p>
            {p.assumptions.length > 0 && (
              <ul className="list-disc pl-5 text-xs text-slate-600">
                {p.assumptions.map((a) => (
                  <li key={a}>Assumed: {a}</li>
                ))}
              </ul>
            )}
            <Link
              href={presetHref(p)}
              className="mt-auto self-start rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-800"
            >
              {p.linkLabel}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
