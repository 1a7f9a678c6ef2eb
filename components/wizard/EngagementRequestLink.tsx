'use client';

import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { isAddress, type Hex } from 'viem';
import {
  buildEngagementRequest,
  draftToInputs,
  engagementRequestLink,
  minStakeWei,
  type AgreementDraft,
} from '@/lib/wizard/agreement-draft';
import type { WizardValues } from '@/lib/wizard/types';
import { CopyField } from '@/components/engage/CopyField';
import { useDraftContext } from './AgreementTemplate';
import { inputClass } from './Field';

/**
 * The engagement terms the maker asks for (smallest stake, validity) and the engagement request link for the
 * provider: it carries the non-confidential terms and the agreement's hash (and a template's inputs), never a
 * confidential envelope. The provider opens it at /engage, checks the PDF's hash, signs, and sends back a code.
 */
export function EngagementRequestLink({
  draft,
  onDraft,
}: {
  draft: AgreementDraft;
  onDraft: (d: AgreementDraft) => void;
}) {
  const { watch } = useFormContext<WizardValues>();
  const values = watch();
  const ctx = useDraftContext();
  const minId = useId();
  const daysId = useId();
  const hash = values.agreementHash.trim();
  const min = minStakeWei(draft);

  let why: string | null = null;
  if (!ctx) why = 'Connect your wallet to make the link: the engagement names you as the maker.';
  else if (!isAddress(values.provider.trim())) why = 'Enter the provider’s address above first.';
  else if (!/^0x(?!0{64})[0-9a-fA-F]{64}$/.test(hash))
    why =
      draft.mode === 'template'
        ? 'Render the agreement first: its hash goes into the engagement.'
        : 'Drop the signed agreement first: its hash goes into the engagement.';
  else if (typeof min === 'string') why = min;
  const link =
    !why && ctx
      ? engagementRequestLink(
          window.location.origin,
          buildEngagementRequest({
            draft,
            values,
            ctx,
            agreementHash: hash as Hex,
            inputs: draft.mode === 'template' ? draftToInputs(draft, values, ctx) : undefined,
          }),
        )
      : null;

  return (
    <div className="mt-6 rounded-md border border-indigo-200 bg-indigo-50 p-4" data-testid="engagement-request">
      <h3 className="font-semibold text-indigo-950">Ask the provider to accept the engagement</h3>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={minId} className="block text-sm font-semibold">
            Smallest stake it acts on (ETH)
          </label>
          <input
            id={minId}
            inputMode="decimal"
            className={`${inputClass} mt-1`}
            value={draft.minStakeEth}
            data-testid="engagement-min-stake"
            onChange={(e) => onDraft({ ...draft, minStakeEth: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={daysId} className="block text-sm font-semibold">
            Valid for (days) to create the threat
          </label>
          <input
            id={daysId}
            inputMode="numeric"
            className={`${inputClass} mt-1`}
            value={draft.validDays}
            onChange={(e) => onDraft({ ...draft, validDays: e.target.value })}
          />
        </div>
      </div>
      {why ? (
        <p className="mt-3 text-sm text-slate-800" role="status" data-testid="engagement-request-why">
          {why}
        </p>
      ) : (
        <div className="mt-3">
          <CopyField
            label="Engagement request link: send it to the provider"
            value={link ?? ''}
            testId="engagement-request-link"
            button="Copy the link"
          />
          <p className="mt-2 text-sm text-slate-700">
            It holds the demand, the stake, the engagement and the agreement’s hash{' '}
            {draft.mode === 'template' ? 'and the template’s fields, so the provider re-renders the same PDF' : ''}:
            nothing else. The provider signs it (or accepts it on chain) and sends you a code: paste it below.
          </p>
        </div>
      )}
    </div>
  );
}
