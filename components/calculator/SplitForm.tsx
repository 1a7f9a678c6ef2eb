import Link from 'next/link';
import { SPLIT_DEFAULTS, type SplitMode } from '@/lib/calculator/split-schema';
import { CALCULATOR_PATH, calculatorHref } from '@/lib/calculator/url';
import { FieldGroup, SelectField, textFieldsOf } from './Field';
import { LiveUpdate } from './LiveUpdate';

const FORM_ID = 'split';

/**
 * Inputs of the "Split a surplus" tab: a GET form to /calculator (works without JavaScript),
 * enhanced by {@link LiveUpdate}. The two modes are links, each loading its default example.
 */
export function SplitForm({
  mode,
  raw,
  errors,
}: {
  mode: SplitMode;
  raw: Record<string, string>;
  errors: Record<string, string>;
}) {
  const field = textFieldsOf(FORM_ID, raw, errors);
  const n1 = raw.name1 || 'Player 1';
  const n2 = raw.name2 || 'Player 2';
  return (
    <form id={FORM_ID} method="get" action={CALCULATOR_PATH} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tab" value="split" />
      <input type="hidden" name="mode" value={mode} />
      <div role="group" aria-label="What is being bargained over" className="flex flex-wrap gap-2 text-sm">
        {(['surplus', 'interval'] as const).map((m) => (
          <Link
            key={m}
            href={calculatorHref({ tab: 'split', mode: m, ...SPLIT_DEFAULTS[m] })}
            aria-current={m === mode ? 'true' : undefined}
            data-mode={m}
            className={`rounded-full border px-3 py-1 ${m === mode ? 'border-indigo-600 bg-indigo-50 text-indigo-800' : 'border-slate-300 text-slate-700'}`}
          >
            {m === 'surplus' ? 'Divide a sum (x₁ + x₂ = S)' : 'Agree on one number x in [lo, hi]'}
          </Link>
        ))}
      </div>
      <FieldGroup legend="Players">
        {field('name1', 'Player 1')}
        {field('name2', 'Player 2')}
      </FieldGroup>
      {mode === 'surplus' ? (
        <>
          <FieldGroup legend="The surplus">
            {field('surplus', 'Surplus S', 'The sum both would share')}
            {field('tau1', `${n1}'s bargaining power τ₁`, '0.5 = equal footing')}
            {field('d1', `${n1}'s disagreement payoff d₁`, 'What walking away is worth')}
            {field('d2', `${n2}'s disagreement payoff d₂`)}
            {field('e1', `${n1}'s utility exponent e₁`, '1 = risk-neutral; < 1 = risk-averse')}
            {field('e2', `${n2}'s utility exponent e₂`)}
          </FieldGroup>
        </>
      ) : (
        <>
          <FieldGroup legend="The agreement x">
            {field('lo', 'From (lo)')}
            {field('hi', 'To (hi)')}
          </FieldGroup>
          <FieldGroup legend="Utilities u(x) = a + b·x">
            {field('a1', `${n1}: a₁`)}
            {field('b1', `${n1}: b₁`)}
            {field('a2', `${n2}: a₂`)}
            {field('b2', `${n2}: b₂`, 'Opposite sign of b₁')}
            {field('d1', `${n1}'s disagreement d₁`, 'In utility units')}
            {field('d2', `${n2}'s disagreement d₂`)}
          </FieldGroup>
        </>
      )}
      <FieldGroup legend="Alternating offers (Rubinstein)">
        {field('delta1', `${n1}'s discount δ₁`, 'Per round; 1 = patient')}
        {field('delta2', `${n2}'s discount δ₂`)}
        {field('breakdown', 'Breakdown risk', 'Per rejected offer, 0–1')}
        <SelectField
          form={FORM_ID}
          name="first"
          label="Who offers first"
          value={raw.first ?? '1'}
          error={errors.first}
          options={[
            { value: '1', label: n1 },
            { value: '2', label: n2 },
          ]}
        />
      </FieldGroup>
      <button
        type="submit"
        className="self-start rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800"
      >
        Calculate
      </button>
      <LiveUpdate formId={FORM_ID} />
    </form>
  );
}
