import { THREAT_UNITS } from '@/lib/calculator/threat-schema';
import { CALCULATOR_PATH } from '@/lib/calculator/url';
import { FieldGroup, SelectField, textFieldsOf } from './Field';
import { LiveUpdate } from './LiveUpdate';

const FORM_ID = 'threat';

/** Inputs of the "Probabilistic threat" tab: a GET form (works without JavaScript), live-updated when JS runs. */
export function ThreatForm({ raw, errors }: { raw: Record<string, string>; errors: Record<string, string> }) {
  const field = textFieldsOf(FORM_ID, raw, errors, ['periods']);
  const you = raw.name1 || 'You';
  const them = raw.name2 || 'Adversary';
  return (
    <form id={FORM_ID} method="get" action={CALCULATOR_PATH} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tab" value="threat" />
      <FieldGroup legend="Parties">
        {field('name1', 'You (maker)')}
        {field('name2', 'Adversary')}
      </FieldGroup>
      <FieldGroup legend="The draw">
        {field('pPercent', 'Escalation chance per period', 'e.g. 5 = 5%', '%')}
        <SelectField
          form={FORM_ID}
          name="unit"
          label="Period"
          value={raw.unit ?? 'day'}
          error={errors.unit}
          options={THREAT_UNITS.map((u) => ({ value: u, label: `1 ${u}` }))}
        />
        {field('periods', 'Deadline', 'In periods', undefined)}
      </FieldGroup>
      <FieldGroup legend="Stakes">
        {field('demand', 'Demand', `What ${them} gives up by complying`)}
        {field('lossMaker', `${you}'s loss if it escalates`)}
        {field('lossAdversary', `${them}'s loss if it escalates`)}
        {field('hardLinePercent', `Chance ${them} ignores any threat`, 'Stubborn, vindictive, not listening', '%')}
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
