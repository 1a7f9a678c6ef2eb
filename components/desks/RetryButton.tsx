'use client';

/** Reloads the page: "try again" after a read failed (the RPC or the indexer was down). */
export function RetryButton({ label = 'Try again' }: { label?: string }) {
  return (
    <button
      type="button"
      data-testid="retry"
      onClick={() => window.location.reload()}
      className="mt-2 rounded-md border border-red-400 bg-white px-3 py-1 text-sm font-medium text-red-900 hover:bg-red-100"
    >
      {label}
    </button>
  );
}
