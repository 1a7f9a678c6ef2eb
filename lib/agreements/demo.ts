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

/** The seeded stories, keyed as in `scripts/seed.ts` (DemoThreat.key). */
export type DemoAgreementKey = 'jane-refund' | 'jane-law-firm' | 'joe-pinata' | 'mike-raise';

/** File names under `public/demo-agreements/` (served at `/demo-agreements/<file>`). */
export const DEMO_AGREEMENT_FILES: Readonly<Record<DemoAgreementKey, string>> = {
  'jane-refund': 'jane-refund-oracle-engagement.json',
  'jane-law-firm': 'jane-law-firm-retainer.json',
  'joe-pinata': 'joe-pr-campaign-brief.json',
  'mike-raise': 'mike-pr-campaign-brief.json',
};

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

/**
 * The sha-256 of each story's PDF (its agreement hash), as rendered by `renderAgreement` from the files above.
 * Checked by `lib/agreements/pdf/render.test.ts` in this process and in a second one (the CLI).
 */
export const DEMO_AGREEMENT_SHA256: Readonly<Record<DemoAgreementKey, `0x${string}`>> = {
  'jane-refund': '0xac5edafe0d7d2d78eeb29e7bddce84fc2007ef8f29199b23e3eaff38218a8a0d',
  'jane-law-firm': '0x377624527fe108c906dbf43f4f564afa9b76a36ad6a87f279c081ac7e47003fa',
  'joe-pinata': '0xc7180cccd2559b670553184e3cb3291dbd13af4fc7d4b5059397a007fcde9002',
  'mike-raise': '0xca6e1fa482d8b54ba3e5e0c4f20515d4647a198d073bed36260083124b50dac3',
};
