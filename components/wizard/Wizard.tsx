'use client';

import dynamic from 'next/dynamic';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { FormProvider, useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { flattenErrors } from '@/lib/wizard/form-problems';
import { useAppChain } from '@/components/wallet/use-app-chain';
import { LOCAL_CHAIN_ID } from '@/lib/chains';
import { presetValues, PRESETS } from '@/lib/wizard/presets';
import type { FieldProblem } from '@/lib/wizard/schema';
import { nextStep, parseStep, previousStep, stepsFor, STEP_TITLES, type StepId } from '@/lib/wizard/steps';
import { clearDraft, loadCreated, loadDraft, saveCreated, saveDraft, type CreatedThreat } from '@/lib/wizard/storage';
import { EMPTY_VALUES, type WizardValues } from '@/lib/wizard/types';
import { ErrorSummary } from './ErrorSummary';
import { DraftClosedNote } from './SignPanel';
import { Progress } from './Progress';
import { KindStep } from './steps/KindStep';
import { useNow } from './use-now';

/** Tells the wizard that a step's code is still loading (the form then says `data-step="loading"`). */
const StepPending = createContext<(pending: boolean) => void>(() => {});

/** Shown while a step's code loads (each step after the first is its own chunk: issue #13's first-load budget). */
function StepLoading() {
  const setPending = useContext(StepPending);
  // A layout effect: the form never shows the new step's name while its fields are still missing.
  useLayoutEffect(() => {
    setPending(true);
    return () => setPending(false);
  }, [setPending]);
  return (
    <p className="mt-4 text-sm text-slate-600" role="status" data-testid="step-loading">
      Loading this step…
    </p>
  );
}

const DemandStep = dynamic(() => import('./steps/DemandStep').then((m) => m.DemandStep), { loading: StepLoading });
const EscalationStep = dynamic(() => import('./steps/EscalationStep').then((m) => m.EscalationStep), {
  loading: StepLoading,
});
const ResolutionStep = dynamic(() => import('./steps/ResolutionStep').then((m) => m.ResolutionStep), {
  loading: StepLoading,
});
const OddsStep = dynamic(() => import('./steps/OddsStep').then((m) => m.OddsStep), { loading: StepLoading });
const StakesStep = dynamic(() => import('./steps/StakesStep').then((m) => m.StakesStep), { loading: StepLoading });
const FundingStep = dynamic(() => import('@/components/funding/FundingStep').then((m) => m.FundingStep), {
  loading: StepLoading,
});
const ReviewStep = dynamic(() => import('./steps/ReviewStep').then((m) => m.ReviewStep), { loading: StepLoading });

/** The validation code (zod and every step's schema) loads with the first Next, not with the page. */
const loadValidation = () =>
  Promise.all([import('@/lib/wizard/schema'), import('@hookform/resolvers/zod')]).then(([schema, resolvers]) => ({
    stepSchema: schema.stepSchema,
    zodResolver: resolvers.zodResolver,
  }));

const session = () => (typeof window === 'undefined' ? undefined : window.sessionStorage);

/**
 * The threat maker's wizard: one react-hook-form form across seven steps, the step in the URL
 * (`/create?step=demand`) so the browser's Back button works, focus on each step's heading, an error
 * summary linking to the fields, and the draft kept in sessionStorage (survives navigation and reloads).
 */
export function Wizard() {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const now = useNow();
  const { chainId } = useAppChain();
  const stepRef = useRef<StepId>('kind');

  const resolver = useCallback<Resolver<WizardValues>>(async (values, ctx, options) => {
    const step = stepRef.current;
    const { stepSchema, zodResolver } = await loadValidation();
    // Each step validates only its own fields (a partial schema), so its output is typed as the whole form.
    const schema = stepSchema(step, { now: Math.floor(Date.now() / 1000) }, values.kind);
    return zodResolver(schema as z.ZodType<WizardValues, WizardValues>)(values, ctx, options);
  }, []);
  const methods = useForm<WizardValues>({
    defaultValues: EMPTY_VALUES,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const { handleSubmit, reset, watch, clearErrors, formState } = methods;
  const kind = watch('kind');
  const step = parseStep(search.get('step'), kind);
  stepRef.current = step;
  const steps = stepsFor(kind);

  const [loaded, setLoaded] = useState(false);
  const [stepPending, setStepPending] = useState(false);
  const [summaryShown, setSummaryShown] = useState(false);
  const [notice, setNotice] = useState('');
  // The threat this draft created: the draft is then closed (Back, Change or a reload never offer a second Sign).
  const [created, setCreatedState] = useState<CreatedThreat | null>(null);
  const setCreated = useCallback((c: CreatedThreat | null) => {
    saveCreated(session(), c);
    setCreatedState(c);
  }, []);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const shownStep = useRef<StepId | null>(null);

  // Restore the draft once on the client (sessionStorage does not exist on the server).
  useEffect(() => {
    let live = true;
    const draft = loadDraft(session());
    const search = new URLSearchParams(window.location.search);
    // An answer to another threat (`?linkedTo=…&adversary=…`, from its public page) prefills the draft.
    const restored = search.has('linkedTo')
      ? import('@/lib/wizard/funding').then(({ withRespondTo }) => withRespondTo(draft, search))
      : Promise.resolve(draft);
    void restored.then((values) => {
      if (!live) return;
      reset(values);
      setCreatedState(loadCreated(session()));
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [reset]);

  // Save every change.
  useEffect(() => {
    if (!loaded) return;
    const sub = watch((values) => saveDraft(session(), values as WizardValues));
    return () => sub.unsubscribe();
  }, [loaded, watch]);

  // New step: clear the old step's errors and move focus to the heading.
  // (Not on the first render: a page load keeps the browser's focus. Idempotent under StrictMode.)
  useEffect(() => {
    if (shownStep.current === step) return;
    const isFirst = shownStep.current === null;
    shownStep.current = step;
    clearErrors();
    setSummaryShown(false);
    if (!isFirst) headingRef.current?.focus();
  }, [step, clearErrors]);

  const goTo = useCallback(
    (s: StepId) => {
      router.push(`${pathname}?step=${s}`, { scroll: true });
    },
    [router, pathname],
  );

  const problems: FieldProblem[] = summaryShown ? flattenErrors(formState.errors as Record<string, unknown>, step) : [];

  useEffect(() => {
    if (summaryShown && problems.length > 0) summaryRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus only when the summary first appears after a submit, not whenever the problems change
  }, [summaryShown, formState.submitCount]);

  const onNext = handleSubmit(
    () => {
      const next = nextStep(step, kind);
      if (next) goTo(next);
    },
    () => setSummaryShown(true),
  );

  function applyPreset(id: string) {
    reset(presetValues(id, Math.floor(Date.now() / 1000), chainId));
    const p = PRESETS.find((x) => x.id === id)!;
    setNotice(
      chainId === LOCAL_CHAIN_ID
        ? `Filled every step from “${p.title}”. Check each step with Next, or change anything.`
        : `Filled the story of “${p.title}”. Enter the provider, the oracle and the adversary’s address yourself: presets fill in addresses only on the local dev chain.`,
    );
  }

  /** A new draft copied from the closed one: nothing of it is signed yet. */
  function copyDraft() {
    const from = created;
    setCreated(null);
    setNotice(
      from
        ? `A new draft, copied from the draft of threat #${from.id}. Nothing of it is signed yet: check each step, then sign to create a second threat.`
        : '',
    );
    goTo('kind');
  }

  function startOver() {
    setCreated(null);
    clearDraft(session());
    reset(structuredClone(EMPTY_VALUES));
    setNotice('');
    goTo('kind');
  }

  const index = steps.indexOf(step);
  const prev = previousStep(step, kind);

  return (
    <FormProvider {...methods}>
      <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6">
        <h1 className="text-2xl font-bold sm:text-3xl">Create a threat</h1>
        <Progress steps={steps} current={step} />
        <form
          onSubmit={onNext}
          noValidate
          className="mt-4"
          aria-labelledby="step-heading"
          data-step={stepPending ? 'loading' : step}
          data-loaded={loaded ? 'true' : 'false'}
        >
          <h2
            id="step-heading"
            ref={headingRef}
            tabIndex={-1}
            className="text-xl font-bold focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600"
          >
            <span className="block text-sm font-normal text-slate-600">
              Step {index + 1} of {steps.length}
            </span>
            {STEP_TITLES[step]}
          </h2>
          <ErrorSummary ref={summaryRef} problems={problems} />
          {created && step !== 'review' && <DraftClosedNote created={created} onCopy={copyDraft} />}
          {notice && step === 'kind' && (
            <p
              role="status"
              className="mt-4 rounded-md bg-green-50 p-3 text-sm text-green-900"
              data-testid="preset-notice"
            >
              {notice}
            </p>
          )}

          <StepPending.Provider value={setStepPending}>
            {step === 'kind' && <KindStep onPreset={applyPreset} localChain={chainId === LOCAL_CHAIN_ID} />}
            {step === 'demand' && <DemandStep />}
            {step === 'escalation' && <EscalationStep />}
            {step === 'resolution' && <ResolutionStep onEditDeadline={() => goTo('demand')} />}
            {step === 'odds' && <OddsStep now={now} />}
            {step === 'stakes' && <StakesStep now={now} />}
            {step === 'funding' && <FundingStep />}
            {step === 'review' && (
              <ReviewStep goTo={goTo} created={created} onCreated={setCreated} onCopy={copyDraft} />
            )}
          </StepPending.Provider>

          <div className="mt-8 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
            {created && step === 'review' && (
              <button
                type="button"
                onClick={startOver}
                className="rounded-md bg-indigo-700 px-5 py-2 font-semibold text-white"
              >
                Start a blank threat
              </button>
            )}
            {prev && !(created && step === 'review') && (
              <button
                type="button"
                onClick={() => goTo(prev)}
                className="rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold"
              >
                Back
              </button>
            )}
            {step !== 'review' && (
              <button
                type="submit"
                className="rounded-md bg-indigo-700 px-5 py-2 font-semibold text-white"
                data-testid="next"
              >
                Next
              </button>
            )}
            <button type="button" onClick={startOver} className="ml-auto text-sm text-slate-600 underline">
              Start over
            </button>
          </div>
        </form>
      </div>
    </FormProvider>
  );
}
