import type { Metadata } from 'next';
import { FundPage } from '@/components/funding/FundPage';

export const metadata: Metadata = { title: 'Review and fund', robots: { index: false } };

/** /fund#<link>: a client reviews a threat a professional prepared and signs it with their own wallet. */
export default function Page() {
  return <FundPage />;
}
