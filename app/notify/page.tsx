import type { Metadata } from 'next';
import { Subscribe } from '@/components/notify/Subscribe';
import { SUBSCRIPTION_ROLES, targetFromSearch } from '@/lib/notify/target-from-search';

export const metadata: Metadata = { title: 'Get notified' };

/**
 * Subscribe to an address in a role (`/notify?address=0x…&role=oracle`, linked from the desks), a threat
 * (`?threat=12`) or a ledger filter (`?filter=<the ledger's query>`). No wallet needed.
 */
export default async function NotifyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = targetFromSearch(await searchParams);
  return (
    <main className="mx-auto max-w-2xl space-y-4 px-3 py-8 sm:px-6">
      <h1 className="text-2xl font-bold text-slate-900">Get notified</h1>
      {parsed.ok ? (
        <>
          <p className="text-slate-700">{parsed.describe}</p>
          <Subscribe target={parsed.target} title="Subscribe" />
        </>
      ) : (
        <p role="alert" className="text-red-700">
          {parsed.error} Roles: {SUBSCRIPTION_ROLES.join(', ')}.
        </p>
      )}
    </main>
  );
}
