import { readableChains } from './known-chains';

/** 404 for a threat link whose chain this site cannot read: lists the chains it can. */
export default function UnknownChain() {
  const chains = readableChains();
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold" data-testid="not-found-title">
        Unknown chain
      </h1>
      <p className="mt-2 text-slate-700">
        This threat link names a chain this site does not read. A threat link has the form{' '}
        <code>/t/&lt;chain id&gt;/&lt;threat id&gt;</code>; check that it was copied whole.
      </p>
      <h2 className="mt-6 font-semibold">Chains this site knows</h2>
      <ul className="mt-2 list-disc pl-5" data-testid="known-chains">
        {chains.map((c) => (
          <li key={c.id}>
            {c.name} — chain id <code>{c.id}</code>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <a href="/" className="text-indigo-700 underline">
          Home
        </a>
      </p>
    </main>
  );
}
