'use client';

import { useEffect, useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useAccount } from '@/components/wallet/wallet-store';
import { useAppChain } from '@/components/wallet/use-app-chain';
import { optimisticOracleV3Abi } from '@/lib/contracts/abis.generated';
import { explainResolution, resolutionWarnings } from '@/lib/resolvers/explain';
import { fieldId } from '@/lib/wizard/steps';
import { tryResolution, warnableResolution } from '@/lib/wizard/resolution';
import type { PeriodUnit, ResolutionChoice, WizardValues } from '@/lib/wizard/types';
import { Field, inputClass, useFieldError } from '../Field';
import { RecordHint } from '../RecordHint';
import { RadioCards } from '../RadioCards';
import { formatDate, formatEth } from '@/lib/format';
import { deadlineSeconds, MAX_TERMINATORS } from '@/lib/wizard/units';
import { useNow } from '../use-now';

const KINDS: { value: ResolutionChoice; title: string; text: string }[] = [
  {
    value: 'oracles',
    title: 'Named oracles (k of n)',
    text: 'People or organisations you name decide; k of the n must approve. Fast and free, but the adversary must trust them.',
  },
  {
    value: 'reality',
    title: 'A public Reality.eth question',
    text: 'Anyone answers with a bond that doubles with each challenge; an arbitrator you name rules if asked.',
  },
  {
    value: 'uma',
    title: 'An UMA optimistic assertion',
    text: 'Anyone asserts the demand was met with a bond; undisputed for the liveness it is true, a dispute goes to UMA’s vote.',
  },
];

const UNITS: PeriodUnit[] = ['minutes', 'hours', 'days'];

const ACTIONS = [
  {
    value: 'refund',
    title: 'Refund',
    text: 'The stake comes back to you. Neutral: nothing irrevocable happens, so a commitment that refunds costs the adversary nothing if they wait.',
  },
  {
    value: 'forfeit',
    title: 'Forfeit to NASH holders',
    text: 'The stake is lost to you for good and shared by NASH holders. You are committed: acting on your threat before the deadline is how you keep the stake (Jane’s commitment, §7).',
  },
  {
    value: 'escalate',
    title: 'Escalate',
    text: 'The stake is paid to the provider, who acts as agreed. The threat is carried out for certain at the deadline.',
  },
] as const;

/** Step 4: who decides (named oracles k of n, a Reality.eth question, an UMA assertion) with a plain explanation
 * and warnings for weak choices, the deadline reminder and the timeout action. */
export function ResolutionStep({ onEditDeadline }: { onEditDeadline: () => void }) {
  const { watch, setValue, getValues } = useFormContext<WizardValues>();
  const { address } = useAccount();
  const { chainId, deployment } = useAppChain();
  const now = useNow();
  const values = watch();
  const kind = values.resolutionKind ?? 'oracles';
  const deadline = values.deadline;
  const umaOracle = deployment?.umaOracle;
  const [minBond, setMinBond] = useState<bigint>();
  const weth = deployment?.weth;
  // UMA's minimum bond for the bond currency, read with a plain client (the wizard loads wallet code only to sign).
  useEffect(() => {
    if (kind !== 'uma' || !umaOracle || !weth) return;
    let cancelled = false;
    void import('@/lib/chain-client').then(async ({ readClientFor }) => {
      const bond = await readClientFor(chainId)
        ?.readContract({ address: umaOracle, abi: optimisticOracleV3Abi, functionName: 'getMinimumBond', args: [weth] })
        .catch(() => undefined);
      if (cancelled || bond === undefined) return;
      setMinBond(bond);
      if (getValues('umaMinBondWei') !== String(bond)) setValue('umaMinBondWei', String(bond));
    });
    return () => {
      cancelled = true;
    };
  }, [kind, chainId, umaOracle, weth, getValues, setValue]);
  useEffect(() => {
    if (kind === 'reality' && !getValues('realityArbitrator') && deployment?.realityArbitrator)
      setValue('realityArbitrator', deployment.realityArbitrator);
  }, [kind, deployment?.realityArbitrator, getValues, setValue]);

  const resolution = tryResolution({ ...values, resolutionKind: kind });
  const explained = resolution ? explainResolution(resolution) : null;
  const timeLeft = deadline ? deadlineSeconds(deadline) - now : undefined;
  const warnable = warnableResolution({ ...values, resolutionKind: kind });
  const warnings = warnable ? resolutionWarnings(warnable, { maker: address, timeLeft }) : [];
  const resolverMissing =
    !!deployment &&
    ((kind === 'reality' && !deployment.realityResolver) || (kind === 'uma' && !deployment.umaResolver));

  return (
    <>
      <RadioCards
        name="resolutionKind"
        label="Who decides whether the demand was met"
        options={KINDS}
        columns="sm:grid-cols-3"
        testIdPrefix="resolution"
      />
      {resolverMissing && (
        <p role="alert" className="mt-3 rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-sm">
          This network has no resolver contract for this kind yet: choose another.
        </p>
      )}

      {kind === 'oracles' && <OraclesFields />}
      {kind === 'reality' && <RealityFields defaultArbitrator={deployment?.realityArbitrator} />}
      {kind === 'uma' && <UmaFields minBond={minBond} />}

      {explained && (
        <section
          aria-label="What this means"
          className="mt-4 rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200"
          data-testid="resolution-explained"
        >
          <p className="font-semibold">{explained.title}</p>
          <dl className="mt-1 space-y-1">
            {(
              [
                ['Who decides', explained.whoDecides],
                ['How long', explained.howLong],
                ['What it costs', explained.cost],
                ['At the deadline', explained.atDeadline],
              ] as const
            ).map(([term, text]) => (
              <div key={term}>
                <dt className="inline font-semibold">{term}: </dt>
                <dd className="inline">{text}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {warnings.map((w) => (
        <p
          key={w.code}
          role="note"
          className="mt-3 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm"
          data-testid={w.code.startsWith('maker') ? 'self-terminator-warning' : `warning-${w.code}`}
        >
          <strong>Weak choice. </strong>
          {w.message}
        </p>
      ))}

      <div className="mt-6">
        <p className="font-semibold">Deadline</p>
        <p className="mt-1 text-sm">
          {deadline ? formatDate(deadlineSeconds(deadline), { timeZone: 'local' }) : 'Not set yet.'}{' '}
          <button type="button" onClick={onEditDeadline} className="text-indigo-800 underline">
            Change the deadline<span className="sr-only"> (step 2)</span>
          </button>
        </p>
      </div>

      <RadioCards name="timeoutAction" label="If the deadline passes and the demand is not met" options={ACTIONS} />
    </>
  );
}

/** Named oracles: the list (n), and how many must approve (k). */
function OraclesFields() {
  const { register, control, watch } = useFormContext<WizardValues>();
  const { fields, append, remove, update } = useFieldArray({ control, name: 'terminators' });
  const { address } = useAccount();
  const terminators = watch('terminators');
  const listError = useFieldError('terminators');
  const selfIncluded = !!address && terminators.some((t) => t.address.trim().toLowerCase() === address.toLowerCase());
  return (
    <>
      <fieldset
        className={`mt-6 ${listError ? 'border-l-4 border-red-700 pl-3' : ''}`}
        aria-describedby="terminators-hint"
      >
        <legend className="font-semibold">Terminators</legend>
        <p id="terminators-hint" className="mt-1 text-sm text-slate-600">
          Addresses allowed to mark the demand fulfilled before the deadline, which returns your stake — usually an
          oracle you have briefed on what proof to accept. 1 to {MAX_TERMINATORS}, each once.{' '}
          <a href="/directory?role=oracle" target="_blank" rel="noopener" className="underline">
            Compare oracles by their track record
          </a>
          .
        </p>
        {listError && (
          <p className="mt-1 text-sm font-semibold text-red-700" data-field-error="terminators">
            <span className="sr-only">Error: </span>
            {listError}
          </p>
        )}
        <ol className="mt-2 space-y-1">
          {fields.map((f, i) => (
            <li key={f.id} className="flex items-end gap-2">
              <div className="grow">
                <Field name={`terminators.${i}.address`} label={`Terminator ${i + 1}`}>
                  {(a11y) => (
                    <input
                      {...a11y}
                      type="text"
                      spellCheck={false}
                      autoComplete="off"
                      placeholder="0x…"
                      className={`${inputClass} font-mono`}
                      {...register(`terminators.${i}.address`)}
                    />
                  )}
                </Field>
                <RecordHint address={terminators[i]?.address ?? ''} role="oracle" />
              </div>
              {fields.length > 1 && (
                <button
                  type="button"
                  onClick={() => remove(i)}
                  className="mb-1 rounded-md border border-slate-400 px-3 py-2 text-sm"
                >
                  Remove<span className="sr-only"> terminator {i + 1}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
        <div className="mt-3 flex flex-wrap gap-2">
          {fields.length < MAX_TERMINATORS && (
            <button
              type="button"
              onClick={() => {
                append({ address: '' });
                setTimeout(() => document.getElementById(fieldId(`terminators.${fields.length}.address`))?.focus(), 0);
              }}
              className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold"
            >
              Add a terminator
            </button>
          )}
          {address && !selfIncluded && fields.length < MAX_TERMINATORS && (
            <button
              type="button"
              onClick={() => {
                const empty = terminators.findIndex((t) => !t.address.trim());
                if (empty >= 0) update(empty, { address });
                else append({ address });
              }}
              className="rounded-md border border-amber-600 bg-white px-3 py-2 text-sm font-semibold"
            >
              Add myself as a terminator
            </button>
          )}
        </div>
      </fieldset>

      {fields.length > 1 && (
        <Field
          name="quorum"
          label="How many must approve (k)"
          hint={`Of the ${fields.length} terminators, how many distinct approvals fulfil the demand. With k of 2 or more, no single one decides alone, and the panel may hold the threat once, for a day, while the others review.`}
        >
          {(a11y) => (
            <input {...a11y} type="text" inputMode="numeric" className={`${inputClass} w-24`} {...register('quorum')} />
          )}
        </Field>
      )}
    </>
  );
}

type DurationName = 'realityTimeoutValue' | 'umaLivenessValue';

function DurationField({
  name,
  unit,
  label,
  hint,
}: {
  name: DurationName;
  unit: 'realityTimeoutUnit' | 'umaLivenessUnit';
  label: string;
  hint: string;
}) {
  const { register } = useFormContext<WizardValues>();
  return (
    <Field name={name} label={label} hint={hint}>
      {(a11y) => (
        <div className="flex gap-2">
          <input {...a11y} type="text" inputMode="decimal" className={`${inputClass} w-24`} {...register(name)} />
          <label htmlFor={fieldId(unit)} className="sr-only">
            {label}: unit
          </label>
          <select id={fieldId(unit)} className={`${inputClass} w-auto`} {...register(unit)}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </div>
      )}
    </Field>
  );
}

/** A Reality.eth question: arbitrator, answer timeout, minimum bond. */
function RealityFields({ defaultArbitrator }: { defaultArbitrator?: string }) {
  const { register } = useFormContext<WizardValues>();
  return (
    <>
      <Field
        name="realityArbitrator"
        label="Arbitrator"
        hint={`Who rules when asked (for example Kleros, or a panel contract); its ruling is final.${defaultArbitrator ? ` This network’s default: ${defaultArbitrator}.` : ''}`}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            spellCheck={false}
            autoComplete="off"
            placeholder="0x…"
            className={`${inputClass} font-mono`}
            {...register('realityArbitrator')}
          />
        )}
      </Field>
      <DurationField
        name="realityTimeoutValue"
        unit="realityTimeoutUnit"
        label="Answer timeout"
        hint="How long an answer must stand unchallenged to become final (at most 7 days)."
      />
      <Field
        name="realityBondEth"
        label="Minimum bond (ETH)"
        hint="The least bond of the first answer; each challenge must at least double the last."
      >
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            inputMode="decimal"
            className={`${inputClass} w-32`}
            {...register('realityBondEth')}
          />
        )}
      </Field>
    </>
  );
}

/** An UMA assertion: bond and liveness. */
function UmaFields({ minBond }: { minBond?: bigint }) {
  const { register } = useFormContext<WizardValues>();
  return (
    <>
      <Field
        name="umaBondEth"
        label="Bond (ETH, paid as WETH)"
        hint={`What an asserter, and a disputer, must post.${minBond !== undefined ? ` UMA’s minimum here: ${formatEth(minBond)}.` : ''}`}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            inputMode="decimal"
            className={`${inputClass} w-32`}
            {...register('umaBondEth')}
          />
        )}
      </Field>
      <DurationField
        name="umaLivenessValue"
        unit="umaLivenessUnit"
        label="Liveness"
        hint="How long an assertion can be disputed before it counts as true (at most 7 days)."
      />
    </>
  );
}
