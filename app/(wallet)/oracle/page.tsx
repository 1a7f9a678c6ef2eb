import type { Metadata } from 'next';
import { DeskShell } from '@/components/desks/DeskShell';
import { OracleDesk } from '@/components/desks/OracleDesk';
import { parseDeskQuery } from '@/components/desks/desk-query';

export const metadata: Metadata = { title: 'Oracle desk' };
export const dynamic = 'force-dynamic';

/** /oracle?address=0x…: threats where an address is a terminator, with "mark fulfilled". */
export default async function OraclePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseDeskQuery(await searchParams);
  return (
    <DeskShell
      title="Oracle desk"
      path="/oracle"
      role="oracle"
      query={query}
      intro="For terminators: the threats you judge. When the adversary has met the demand before the deadline, mark it fulfilled and the stake goes back to the maker."
    >
      {query.deployment && query.address && <OracleDesk deployment={query.deployment} address={query.address} />}
    </DeskShell>
  );
}
