/**
 * The seeded stories' agreement files and their hashes, as plain constants (no imports): the wizard's first
 * step lists the stories without loading the agreement templates (`lib/agreements/demo.ts` re-exports these).
 */
/** The seeded stories, keyed as in `scripts/seed.ts` (DemoThreat.key). */
export type DemoAgreementKey = 'jane-refund' | 'jane-law-firm' | 'joe-pinata' | 'mike-raise';

/** File names under `public/demo-agreements/` (served at `/demo-agreements/<file>`). */
export const DEMO_AGREEMENT_FILES: Readonly<Record<DemoAgreementKey, string>> = {
  'jane-refund': 'jane-refund-oracle-engagement.json',
  'jane-law-firm': 'jane-law-firm-retainer.json',
  'joe-pinata': 'joe-pr-campaign-brief.json',
  'mike-raise': 'mike-pr-campaign-brief.json',
};

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
