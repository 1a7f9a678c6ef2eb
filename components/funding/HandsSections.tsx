import type { ThreatView } from '@/lib/threats/types';
import { PromiseRecordSection } from '@/components/promise/PromiseRecordSection';
import { FundingSection } from './FundingSection';
import { LinkedSection } from './LinkedSection';
import type { HandsData } from './load-hands';

/** The public page's sections of issue #15: backers or pool, counter-commitments, the maker's promises. */
export function HandsSections({ threat, hands }: { threat: ThreatView; hands?: HandsData | null }) {
  return (
    <>
      <FundingSection threat={threat} />
      {threat.isPromise && hands ? <PromiseRecordSection record={hands.promises} chainId={threat.chainId} /> : null}
      {!threat.isPromise && hands && hands.promises.promises.length > 0 ? (
        <PromiseRecordSection record={hands.promises} chainId={threat.chainId} />
      ) : null}
      <LinkedSection threat={threat} counterMoves={hands?.counterMoves ?? []} />
    </>
  );
}
