import type { Metadata } from 'next';
import { DeskShell } from '@/components/desks/DeskShell';
import { ProviderDesk } from '@/components/desks/ProviderDesk';
import { parseDeskQuery } from '@/components/desks/desk-query';

export const metadata: Metadata = { title: 'Provider desk' };
export const dynamic = 'force-dynamic';

/** /provider?address=0x…: threats naming an address as escalation recipient, and its escalations. */
export default async function ProviderPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseDeskQuery(await searchParams);
  return (
    <DeskShell
      title="Provider desk"
      path="/provider"
      role="provider"
      query={query}
      intro="For law firms, PR firms and other providers: the threats that name you as the escalation recipient, their current odds, and every authentic escalation paid to you."
    >
      {query.deployment && query.address && <ProviderDesk deployment={query.deployment} address={query.address} />}
    </DeskShell>
  );
}
