import Link from 'next/link';

/** The 404 for any unknown route: says what happened and offers the way home and the main places. */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <p className="text-sm font-semibold text-slate-600">Error 404</p>
      <h1 className="mt-1 text-2xl font-bold" data-testid="not-found-title">
        This page does not exist
      </h1>
      <p className="mt-2 text-slate-700">
        The address may be mistyped or incomplete. A threat link has the form{' '}
        <code>/t/&lt;chain id&gt;/&lt;threat id&gt;</code>.
      </p>
      <nav aria-label="Where to go" className="mt-6 flex flex-wrap gap-3">
        <Link
          href="/"
          data-testid="not-found-home"
          className="rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800"
        >
          Go to the home page
        </Link>
        <Link href="/create" prefetch={false} className="rounded-md px-4 py-2 font-semibold text-indigo-800 underline">
          Create a threat
        </Link>
        <Link href="/calculator" className="rounded-md px-4 py-2 font-semibold text-indigo-800 underline">
          Calculator
        </Link>
      </nav>
    </main>
  );
}
