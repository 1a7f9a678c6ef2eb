/** 404 for a threat id that does not exist on a chain the site knows. */
export default function UnknownThreat() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold" data-testid="not-found-title">
        No such threat
      </h1>
      <p className="mt-2 text-slate-700">
        There is no threat with this id on this chain. Threat ids are whole numbers starting at 1, given out in order as
        threats are created. Check that the link was copied whole; a threat created moments ago appears as soon as its
        transaction is mined.
      </p>
      <p className="mt-6">
        <a href="/" className="text-indigo-700 underline">
          Home
        </a>
      </p>
    </main>
  );
}
