'use client';

import { forwardRef } from 'react';
import type { FieldProblem } from '@/lib/wizard/schema';
import { focusTargetPath } from '@/lib/wizard/form-problems';
import { fieldId } from '@/lib/wizard/steps';

/**
 * "There is a problem": every error of the step as a link that moves focus to its field.
 * Focused when shown so keyboard and screen-reader users land on it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { problems: FieldProblem[] }>(function ErrorSummary(
  { problems },
  ref,
) {
  if (problems.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
      className="mt-6 rounded-md border-4 border-red-700 bg-white p-4 focus:outline-none focus:ring-4 focus:ring-amber-400"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-red-800">
        There {problems.length === 1 ? 'is a problem' : `are ${problems.length} problems`}
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {problems.map((p) => {
          const target = fieldId(focusTargetPath(p.path));
          return (
            <li key={p.path + p.message}>
              <a
                href={`#${target}`}
                className="font-semibold text-red-800 underline"
                onClick={(e) => {
                  const el = document.getElementById(target);
                  if (el) {
                    e.preventDefault();
                    el.focus();
                    el.scrollIntoView?.({ block: 'center' });
                  }
                }}
              >
                {p.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
