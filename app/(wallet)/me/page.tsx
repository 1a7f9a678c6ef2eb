import type { Metadata } from 'next';
import { DeskShell } from '@/components/desks/DeskShell';
import { MeDesk } from '@/components/desks/MeDesk';
import { parseDeskQuery } from '@/components/desks/desk-query';

export const metadata: Metadata = { title: 'My threats' };
export const dynamic = 'force-dynamic';

/** /me?address=0x…: a maker's threats, refunds to withdraw, NASH balance and forfeit dividends. */
export default async function MePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseDeskQuery(await searchParams);
  return (
    <DeskShell
      title="My threats"
      path="/me"
      role="maker"
      query={query}
      intro="The threats you made, their status, refunds waiting for you, your NASH and the forfeit dividends you can claim."
    >
      {query.deployment && query.address && <MeDesk deployment={query.deployment} address={query.address} />}
    </DeskShell>
  );
}
