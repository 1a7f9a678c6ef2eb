import type { ReadSource } from '@/lib/indexer';
import { formatInteger } from '@/lib/format';

/**
 * Says where the page's lists come from. Indexer down, behind or not configured: a visible banner (the page then
 * reads the chain directly, slower on a long chain). Indexer in use: a quiet line with how far it has indexed.
 */
export function ReadSourceBanner({
  source,
  fallback = 'This page reads the chain directly instead',
}: {
  source: ReadSource;
  fallback?: string;
}) {
  if (source.kind === 'indexer') {
    return (
      <p className="mb-3 text-xs text-slate-600" data-testid="read-source" data-source="indexer">
        Read from the indexer, up to block {formatInteger(source.status.indexedBlock)}
        {source.lagBlocks > 0
          ? ` (${formatInteger(source.lagBlocks)} block${source.lagBlocks === 1 ? '' : 's'} behind the chain)`
          : ' (up to date)'}
        .
      </p>
    );
  }
  return (
    <div
      role="status"
      data-testid="indexer-banner"
      data-source="chain"
      className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p className="font-semibold">
        {source.configured ? 'The indexer is not available' : 'No indexer'}: {source.reason}.
      </p>
      <p>{fallback} (slower on a long chain; everything shown is still read from the chain itself).</p>
    </div>
  );
}
