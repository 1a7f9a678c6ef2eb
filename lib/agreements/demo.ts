/**
 * The seeded stories' agreements (README "Seeded threats"), as template inputs in `public/demo-agreements/`:
 * anyone can download them from the running app and re-render the same PDFs. `scripts/seed.ts` renders them
 * (`renderAgreement` from `lib/agreements/pdf/render`) to get each agreement hash.
 *
 * They name the local chain (31337) and the registry's address on a fresh `npm run dev` chain: anvil key 0
 * deploys NASH, the extension, then the registry at its nonce 2 (contracts/script/Deploy.s.sol), i.e.
 * 0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0. Use `demoAgreementInputs(key, { registry })` for another
 * deployment: the PDF, and so its hash, then changes.
 */
import janeLawFirm from '../../public/demo-agreements/jane-law-firm-retainer.json';
import janeRefund from '../../public/demo-agreements/jane-refund-oracle-engagement.json';
import joePinata from '../../public/demo-agreements/joe-pr-campaign-brief.json';
import mikeRaise from '../../public/demo-agreements/mike-pr-campaign-brief.json';
import { assertAgreementInputs, type AgreementInputs } from './inputs';

export { DEMO_AGREEMENT_FILES, DEMO_AGREEMENT_SHA256, type DemoAgreementKey } from './demo-files';
import type { DemoAgreementKey } from './demo-files';

const RAW: Readonly<Record<DemoAgreementKey, unknown>> = {
  'jane-refund': janeRefund,
  'jane-law-firm': janeLawFirm,
  'joe-pinata': joePinata,
  'mike-raise': mikeRaise,
};

/** The registry address the demo inputs name (a fresh local deploy). */
export const DEMO_REGISTRY = '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0';

/** Which template each story uses and why (white paper sections). */
export const DEMO_AGREEMENT_NOTES: Readonly<Record<DemoAgreementKey, string>> = {
  'jane-refund':
    'Section 7: the oracle toggles the channel only on a $13,000 refund or a court copy of a civil action (oracle engagement).',
  'jane-law-firm':
    'Section 8.1: a 5% draw a day pays Law Firm Y a non-refundable retainer to file at once, 40 billed hours (law-firm retainer).',
  'joe-pinata':
    'Section 9: PR Firm A holds Joe’s sealed envelope (only its sha-256 is in the brief) and spends the amount publicizing it (PR brief).',
  'mike-raise':
    'Section 6.1: if no raise is signed by the deadline, PR Firm A publishes Mike’s account (PR brief; a commitment that escalates).',
};

/**
 * The parsed inputs of a seeded story. `overrides` retarget them (another chain or registry, a later validity
 * date, another nonce); the result is validated again.
 */
export function demoAgreementInputs(
  key: DemoAgreementKey,
  overrides: { chainId?: number; registry?: string; validUntil?: number; nonce?: string } = {},
): AgreementInputs {
  const raw = RAW[key] as { onchain: Record<string, unknown> };
  const onchain = { ...raw.onchain };
  for (const [k, v] of Object.entries(overrides))
    if (v !== undefined && (k !== 'nonce' || 'nonce' in onchain)) onchain[k] = v;
  return assertAgreementInputs({ ...raw, onchain });
}

/** Every seeded story's inputs. */
export function allDemoAgreementInputs(): Record<DemoAgreementKey, AgreementInputs> {
  return Object.fromEntries((Object.keys(RAW) as DemoAgreementKey[]).map((k) => [k, demoAgreementInputs(k)])) as Record<
    DemoAgreementKey,
    AgreementInputs
  >;
}
