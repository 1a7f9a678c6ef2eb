'use client';

import { useId, useState } from 'react';
import { useAccount } from '@/components/wallet/wallet-store';
import { signTypedDataWithWallet } from '@/components/wallet/sign-typed-data';
import { zeroHash, type Address, type Hex } from 'viem';
import {
  decodeApproval,
  encodeApproval,
  panelApprovalTypedData,
  panelApproveBySigCall,
  panelApproveCall,
  type PanelSignature,
} from '@/lib/resolvers/calls';
import type { PanelState } from '@/lib/resolvers/read';
import { includesAddress } from '@/lib/resolvers/timeline';
import { shortAddress } from '@/lib/format';
import { ConfirmedAction, type DemandBrief } from './ConfirmedAction';

/** Props of `<PanelActions />`. */
export interface PanelActionsProps {
  brief: DemandBrief;
  panel: PanelState;
  /** The desk's address (a panel member, or anyone submitting signatures). */
  desk: Address;
  /** Why no approval counts now (deadline passed, closed), if so. */
  blocked?: string;
  /** The evidence hash approvals rely on (the latest attached), zero when none. */
  evidence?: Hex;
}

/** A panel member's actions: approve (a transaction), sign an approval (EIP-712), and submit collected signatures. */
export function PanelActions({ brief, panel, desk, blocked, evidence = zeroHash }: PanelActionsProps) {
  const { address } = useAccount();
  const member = includesAddress(panel.members, desk);
  const approved = includesAddress(panel.approvedBy, desk);
  const need = panel.k - panel.approvedBy.length;
  const reason =
    blocked ?? (panel.decided ? 'The panel has decided.' : !address ? 'Connect your wallet to act.' : undefined);
  const memberReason =
    reason ?? (!member ? 'This address is not on the panel.' : approved ? 'You already approved.' : undefined);
  return (
    <div className="space-y-3" data-testid={`panel-${brief.id}`}>
      <p className="text-sm" data-testid={`panel-status-${brief.id}`}>
        {panel.approvedBy.length} of {panel.k} approvals needed, from {panel.members.length} members
        {panel.approvedBy.length > 0 && ` (approved: ${panel.approvedBy.map((a) => shortAddress(a)).join(', ')})`}.
        {!panel.decided && need > 0 && ` ${need} more needed.`}
      </p>
      <ConfirmedAction
        brief={brief}
        testId={`panel-approve-${brief.id}`}
        label="Approve"
        title={`Confirm: you approve that the demand of threat #${brief.id} was met`}
        consequence={
          need === 1
            ? 'Yours is the last approval needed: it fulfils the demand, refunds the stake to the maker and closes the threat.'
            : `Your approval is recorded; ${need - 1} more will fulfil the demand.`
        }
        blocked={memberReason}
        steps={() => [
          { request: panelApproveCall({ resolver: panel.resolver, id: brief.id, members: panel.members, evidence }) },
        ]}
        successMessage={need === 1 ? 'Approved: the demand is fulfilled and the stake refunded.' : 'Approved.'}
        tone="emerald"
      />
      {member && !approved && !panel.decided && (
        <SignApproval brief={brief} panel={panel} evidence={evidence} blocked={reason} />
      )}
      {!panel.decided && <SubmitSignatures brief={brief} panel={panel} evidence={evidence} blocked={reason} />}
    </div>
  );
}

/** What the sign and submit parts need. */
interface PanelPartProps {
  brief: DemandBrief;
  panel: PanelState;
  evidence: Hex;
  blocked?: string;
}

function SignApproval({ brief, panel, evidence, blocked }: PanelPartProps) {
  const { address } = useAccount();
  const [isPending, setPending] = useState(false);
  const [signed, setSigned] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const outId = useId();
  return (
    <div className="text-sm">
      <button
        type="button"
        data-testid={`panel-sign-${brief.id}`}
        disabled={!!blocked || isPending || !address}
        onClick={async () => {
          setError(null);
          setPending(true);
          try {
            const signature = await signTypedDataWithWallet({
              account: address,
              ...panelApprovalTypedData({ chainId: brief.chainId, resolver: panel.resolver, id: brief.id, evidence }),
            });
            setSigned(encodeApproval(brief.id, { signer: address!, signature }));
          } catch (e) {
            // the decoder (and every error message) loads only when a signature fails
            const { decodeError } = await import('@/lib/errors/decode-error');
            setError(decodeError(e).message);
          } finally {
            setPending(false);
          }
        }}
        className="rounded-md border border-emerald-700 bg-white px-3 py-1.5 font-semibold text-emerald-900 disabled:opacity-50"
      >
        Sign an approval instead (no transaction)
      </button>
      {signed && (
        <div className="mt-2">
          <label htmlFor={outId} className="block font-medium">
            Your signed approval: send it to whoever submits the panel’s signatures
          </label>
          <textarea
            id={outId}
            readOnly
            value={signed}
            data-testid={`panel-signed-${brief.id}`}
            rows={3}
            className="mt-1 w-full break-all rounded-md border border-slate-400 p-2 font-mono text-xs"
          />
        </div>
      )}
      {error && (
        <p className="mt-1 text-red-800" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function SubmitSignatures({ brief, panel, evidence, blocked }: PanelPartProps) {
  const [text, setText] = useState('');
  const id = useId();
  let approvals: PanelSignature[] = [];
  let invalid: string | undefined;
  const lines = text.split(/\s+/).filter(Boolean);
  try {
    approvals = lines.map((l) => decodeApproval(brief.id, l));
    for (const a of approvals) {
      if (!includesAddress(panel.members, a.signer))
        throw new RangeError(`${shortAddress(a.signer)} is not on the panel.`);
      if (includesAddress(panel.approvedBy, a.signer))
        throw new RangeError(`${shortAddress(a.signer)} already approved.`);
    }
    if (new Set(approvals.map((a) => a.signer.toLowerCase())).size !== approvals.length)
      throw new RangeError('The same member’s approval is pasted twice.');
    if (approvals.length === 0) invalid = 'Paste at least one signed approval.';
  } catch (e) {
    invalid = (e as Error).message;
  }
  const after = panel.approvedBy.length + approvals.length;
  return (
    <ConfirmedAction
      brief={brief}
      testId={`panel-submit-${brief.id}`}
      label="Submit signed approvals"
      title={`Confirm: submit ${approvals.length || 'the'} signed approval${approvals.length === 1 ? '' : 's'} for threat #${brief.id}`}
      fields={
        <label htmlFor={id} className="block">
          <span className="block font-medium">Signed approvals, one per line</span>
          <textarea
            id={id}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={4}
            data-testid={`panel-submit-input-${brief.id}`}
            className="mt-1 w-full rounded-md border border-slate-400 p-2 font-mono text-xs"
          />
        </label>
      }
      invalid={invalid}
      consequence={
        after >= panel.k
          ? `That makes ${after} of ${panel.k}: the demand is fulfilled, the stake refunded to the maker and the threat closed.`
          : `That makes ${after} of ${panel.k} approvals.`
      }
      blocked={blocked}
      steps={() => [
        {
          request: panelApproveBySigCall({
            resolver: panel.resolver,
            id: brief.id,
            members: panel.members,
            approvals,
            evidence,
          }),
        },
      ]}
      successMessage="The signed approvals are recorded."
      tone="emerald"
    />
  );
}
