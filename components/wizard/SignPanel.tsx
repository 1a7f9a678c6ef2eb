'use client';

import dynamic from 'next/dynamic';
import { sharePath, shareUrl } from '@/lib/wizard/share';
import type { StepId } from '@/lib/wizard/steps';
import type { CreatedThreat } from '@/lib/wizard/storage';
import { ShareResult } from './ShareResult';

/** Props of `<SignPanel />`. */
export interface SignPanelProps {
  goTo: (s: StepId) => void;
  /** The threat this draft already created: then the draft is closed and there is nothing to sign. */
  created: CreatedThreat | null;
  /** The create transaction succeeded: the wizard closes the draft. */
  onCreated: (created: CreatedThreat) => void;
  /** "Start a new threat": a copy of the closed draft, to sign again knowingly. */
  onCopy: () => void;
}

const SignPanelWallet = dynamic(() => import('./SignPanelWallet'), {
  ssr: false,
  loading: () => (
    <section className="mt-8 rounded-md border border-slate-300 bg-white p-4" data-testid="sign-panel-loading">
      <h3 className="text-lg font-bold">Sign</h3>
      <p className="mt-2 text-sm text-slate-700">Loading the wallet code…</p>
    </section>
  ),
});

/**
 * The wizard's last step. A draft that was signed is closed: it shows the threat it created and offers
 * "start a new threat" (a copy of the draft), never a second Sign of the same draft (issue #13, item 1).
 * Otherwise the sign panel, whose wallet code (wagmi, connectors) loads only now.
 */
export function SignPanel({ goTo, created, onCreated, onCopy }: SignPanelProps) {
  if (created) {
    const id = BigInt(created.id);
    const url = shareUrl(typeof window === 'undefined' ? '' : window.location.origin, created.chainId, id);
    return (
      <>
        <ShareResult url={url} path={sharePath(created.chainId, id)} id={id} />
        <DraftClosedNote created={created} onCopy={onCopy} />
      </>
    );
  }
  return <SignPanelWallet goTo={goTo} onCreated={onCreated} />;
}

/** Says that this draft was signed already, links the threat, and offers a copy to start a new one. */
export function DraftClosedNote({ created, onCopy }: { created: CreatedThreat; onCopy: () => void }) {
  return (
    <div
      role="status"
      data-testid="draft-closed"
      className="mt-4 rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-sm text-green-950"
    >
      <p>
        <strong>This draft is signed: it created threat #{created.id}.</strong> Signing it again would create a second
        threat and lock a second stake, so there is nothing more to sign here.{' '}
        <a className="font-semibold underline" href={sharePath(created.chainId, BigInt(created.id))}>
          View threat #{created.id}
        </a>
      </p>
      <button
        type="button"
        onClick={onCopy}
        data-testid="copy-draft"
        className="mt-2 rounded-md border border-green-800 bg-white px-3 py-1.5 font-semibold text-green-900"
      >
        Start a new threat (a copy of this draft)
      </button>
    </div>
  );
}
