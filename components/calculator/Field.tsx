/**
 * Labelled form controls for the calculator's GET forms. Text inputs (not type=number) so that any
 * entry reaches the server-side zod validation, whose message is shown under the field and linked
 * with aria-describedby / aria-invalid.
 */

interface BaseProps {
  /** The search-param name (also the input's name and id suffix). */
  name: string;
  label: string;
  /** The raw value from the URL (re-displayed as typed, valid or not). */
  value: string;
  /** Validation message for this field, if any. */
  error?: string;
  /** Short help text under the label. */
  hint?: string;
  /** Id prefix of the form, so two forms on a page never share ids. */
  form: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Messages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" data-field-error={id}>
          {error}
        </p>
      )}
    </>
  );
}

/** A numeric (or short text) input with label, hint and error message. */
export function TextField({
  name,
  label,
  value,
  error,
  hint,
  form,
  suffix,
  inputMode = 'decimal',
}: BaseProps & { suffix?: string; inputMode?: 'decimal' | 'numeric' | 'text' }) {
  const id = `${form}-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          defaultValue={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={`w-full rounded-md border px-2 py-1.5 font-mono text-sm shadow-sm focus:outline-2 focus:outline-indigo-600 ${
            error ? 'border-red-600 bg-red-50' : 'border-slate-300 bg-white'
          }`}
        />
        {suffix && <span className="text-sm text-slate-600">{suffix}</span>}
      </div>
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A select with label, hint and error message. */
export function SelectField({
  name,
  label,
  value,
  error,
  hint,
  form,
  options,
}: BaseProps & { options: Array<{ value: string; label: string }> }) {
  const id = `${form}-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`rounded-md border px-2 py-1.5 text-sm shadow-sm ${error ? 'border-red-600 bg-red-50' : 'border-slate-300 bg-white'}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A titled group of fields. */
export function FieldGroup({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-700">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * The field factory both calculator forms use: `field(name, label, hint?, suffix?)` renders a {@link TextField}
 * of form `form` with its raw value and error; names starting with "name" are text, `numeric` names whole numbers.
 */
export function textFieldsOf(
  form: string,
  raw: Record<string, string>,
  errors: Record<string, string>,
  numeric: readonly string[] = [],
) {
  return function field(name: string, label: string, hint?: string, suffix?: string) {
    return (
      <TextField
        form={form}
        name={name}
        label={label}
        hint={hint}
        value={raw[name] ?? ''}
        error={errors[name]}
        suffix={suffix}
        inputMode={name.startsWith('name') ? 'text' : numeric.includes(name) ? 'numeric' : 'decimal'}
      />
    );
  };
}
