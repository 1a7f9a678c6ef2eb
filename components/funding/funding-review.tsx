import type { ReactNode } from 'react';
import { allowListOf } from '@/lib/wizard/funding';
import type { WizardValues } from '@/lib/wizard/types';

/** The "check your answers" rows of the funding step (and of a promise). */
export function fundingReviewRows(v: WizardValues): [string, ReactNode][] {
  const rows: [string, ReactNode][] = [];
  rows.push(['Public promise', v.promise === 'yes' ? 'Yes: the resolver records it kept or broken' : 'No']);
  rows.push([
    'Who funds it',
    v.funding === 'pool' ? 'A pledge pool' : v.funding === 'backers' ? 'You and backers' : 'Only you',
  ]);
  if (v.funding !== 'maker') {
    rows.push(['Cap', v.capEth ? `${v.capEth} ETH in all` : '']);
    const list = allowListOf(v);
    rows.push(['Who may add stake', list.length ? list.join('\n') : 'Anyone']);
  }
  if (v.funding === 'pool') {
    const parts = [
      v.poolMinPledgers ? `${v.poolMinPledgers} pledgers` : '',
      v.poolMinTotalEth ? `${v.poolMinTotalEth} ETH` : '',
    ].filter(Boolean);
    rows.push(['Goes live with', `${parts.join(' and ')} by ${v.poolUntil.replace('T', ' ')}`]);
  }
  rows.push([
    'Refunds go to',
    v.beneficiary ? (
      <span key="b" className="font-mono">
        {v.beneficiary}
      </span>
    ) : (
      'The wallet that signs'
    ),
  ]);
  if (v.preparedBy)
    rows.push([
      'Prepared by',
      <span key="p" className="font-mono">
        {v.preparedBy}
      </span>,
    ]);
  if (v.linkedTo) rows.push(['Answers threat', `#${v.linkedTo}`]);
  return rows;
}
