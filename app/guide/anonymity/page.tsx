import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = {
  title: 'Anonymity, honestly',
  description:
    'Making a threat from a fresh account, what stays public on the chain, what the provider’s agreement must say, and the legal warning about whistleblowing as leverage.',
};

/**
 * The anonymity guide (issue #15 part 6, white paper section 12.3): how far a fresh account goes, what is public
 * for ever, what the provider's agreement must say about reporting non-anonymously, and the white paper's warning.
 * Levetrage offers no mixer and no relayer.
 */
export default function AnonymityGuide() {
  return (
    <main className="mx-auto max-w-2xl space-y-6 px-4 py-8 text-slate-900">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/" className="text-indigo-700 underline">
            Levetrage
          </Link>{' '}
          · Guide
        </p>
        <h1 className="mt-1 text-3xl font-bold">Anonymity, honestly</h1>
        <p className="mt-2 text-slate-700">
          The white paper (§12.3) describes an employee who threatens, anonymously, to report, non-anonymously, a
          practice they want stopped: many regulators accept only named reports, so the threat can be credible while its
          maker stays unknown. Here is what Levetrage can and cannot do for you.
        </p>
      </header>

      <section aria-labelledby="warning" className="rounded-lg border-2 border-red-700 bg-red-50 p-4">
        <h2 id="warning" className="text-xl font-bold text-red-900">
          First, the warning
        </h2>
        <p className="mt-2" data-testid="legal-warning">
          The white paper says it plainly: “We are not lawyers, but have reason to believe that if the activity is
          criminal in nature, it is not legally permitted to use this as leverage.” Threatening to report a crime unless
          you are paid or otherwise accommodated can itself be a crime (blackmail or extortion in many places), however
          good your cause. If what you know is criminal, report it; do not bargain with it. Ask a lawyer before you make
          any threat about a report.
        </p>
      </section>

      <section aria-labelledby="fresh">
        <h2 id="fresh" className="text-xl font-bold">
          Making a threat from a fresh account
        </h2>
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          <li>
            Create a new wallet account used for nothing else. Never send to it from, or back to, an account tied to
            you.
          </li>
          <li>
            Fund it with ETH that is not traceable to you. Anyone can follow the chain of transfers: ETH from an
            exchange account in your name points at you, and so does ETH from a friend who can be asked.
          </li>
          <li>
            Create the threat from that account. You may name a different beneficiary for refunds, but that address is
            public too: a refund to your usual account undoes everything.
          </li>
          <li>
            Use it from a device and network you would use anyway; your provider’s records and your RPC provider can see
            your IP address.
          </li>
        </ol>
        <p className="mt-2 font-semibold">
          Levetrage has no mixer and no relayer, and will not add one. A fresh account hides a name, not a trail.
        </p>
      </section>

      <section aria-labelledby="public">
        <h2 id="public" className="text-xl font-bold">
          What stays public, for ever
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            Everything on the chain: the demand text, the stake, the deadline, the odds, every draw and the outcome.
          </li>
          <li>Every address involved: maker, beneficiary, provider, resolver, backers and pledgers.</li>
          <li>The sha-256 fingerprint of the agreement (not the agreement itself, which you and the provider keep).</li>
          <li>The timing of your transactions, which can be matched against other activity.</li>
        </ul>
        <p className="mt-2">
          Nothing written to the chain can be deleted. Write the demand as if your employer will read it: they will.
        </p>
      </section>

      <section aria-labelledby="agreement">
        <h2 id="agreement" className="text-xl font-bold">
          What the provider’s agreement must say
        </h2>
        <p className="mt-2">
          On escalation the provider acts for you, and a report that a regulator accepts must usually be made in your
          name. The agreement you sign with the provider (its hash goes into the threat) should therefore say:
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>that the provider knows who you are, and keeps it confidential unless and until the threat escalates;</li>
          <li>that on escalation the report is filed non-anonymously, in your name, with the body that requires it;</li>
          <li>what the report contains, and that nothing else about you is disclosed to the adversary;</li>
          <li>what happens to your identity if the demand is met (it stays confidential) or the threat is refunded;</li>
          <li>
            that the provider does not act if doing so would be unlawful, and may refuse the engagement for that reason.
          </li>
        </ul>
      </section>

      <p className="text-sm text-slate-600">
        <Link href="/create" prefetch={false} className="text-indigo-700 underline">
          Create a threat
        </Link>{' '}
        ·{' '}
        <Link href="/calculator" className="text-indigo-700 underline">
          Calculator
        </Link>
      </p>
    </main>
  );
}
