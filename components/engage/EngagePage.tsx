'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { LinkProblem } from './LinkProblem';

const reading = <p role="status">Reading the link…</p>;

// The link lives in the fragment, which the server never sees: everything that reads and checks it (the link
// decoder and its schema, the terms, the agreement check, the chain reads) loads once the page has one.
const EngageLink = dynamic(() => import('./EngageLink').then((m) => m.EngageLink), {
  ssr: false,
  loading: () => reading,
});

/** The code after `#` in the address bar, kept in sync with it. */
function useFragment(): string | null {
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setCode(window.location.hash.replace(/^#/, ''));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  return code;
}

/**
 * The provider's engage page: reads an engagement request from the link's fragment (no wallet needed), shows
 * the terms, re-renders the agreement and checks its sha-256 in the browser, then lets the provider sign the
 * EIP-712 engagement with its wallet or accept it on chain, and gives the code back for the maker.
 */
export function EngagePage() {
  const code = useFragment();
  if (code === null) return reading;
  if (!code)
    return (
      <LinkProblem>This page needs an engagement link: open the link the maker sent you (it ends in #…).</LinkProblem>
    );
  return <EngageLink key={code} code={code} />;
}
