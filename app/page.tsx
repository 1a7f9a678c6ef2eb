export default function Home() {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-3xl font-bold">Levetrage</h1>
      <p className="mt-2 text-slate-600">Credible threats on Ethereum.</p>
    </main>
  );
}
