'use client';

import type { ReactNode } from 'react';
import { get, useFormContext } from 'react-hook-form';
import { fieldId } from '@/lib/wizard/steps';

/** Accessibility attributes a field's input must spread: its id and the hint/error it is described by. */
export interface FieldA11y {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export interface FieldProps {
  /** Form path, e.g. "terms" or "terminators.0.address". */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Renders the input with the given attributes. */
  children: (a11y: FieldA11y) => ReactNode;
  /** When the label is for a group (radios), render a fieldset with a legend instead. */
  group?: boolean;
}

/** The error message react-hook-form holds for `name` (including an array's `root` error). */
export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const e = get(formState.errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const msg = e?.message ?? e?.root?.message;
  return typeof msg === 'string' && msg ? msg : undefined;
}

/**
 * A labelled field: label, optional hint and the error in words, linked to the input with
 * `aria-describedby` so screen readers read them; the input gets `aria-invalid` when wrong.
 */
export function Field({ name, label, hint, children, group }: FieldProps) {
  const error = useFieldError(name);
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const a11y: FieldA11y = { id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true } : {}) };
  const body = (
    <>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-semibold text-red-700" data-field-error={name}>
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      <div className="mt-2">{children(a11y)}</div>
    </>
  );
  const cls = `mt-6 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`;
  if (group)
    return (
      <fieldset className={cls} aria-describedby={describedBy}>
        <legend className="font-semibold text-slate-900">{label}</legend>
        {body}
      </fieldset>
    );
  return (
    <div className={cls}>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {body}
    </div>
  );
}

/** Shared input styling. */
export const inputClass =
  'block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus:outline-none focus:ring-2 focus:ring-indigo-600 aria-[invalid=true]:border-red-700';
