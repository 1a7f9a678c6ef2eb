'use client';

import { useEffect, useState } from 'react';
import { formatRelative, isoDate } from '@/lib/format';

/**
 * A live countdown to `target` (unix seconds) on the chain's clock. `chainNow` is the chain time the server
 * read; the browser advances it with its own clock, so a dev chain whose time was warped still counts right.
 * The server render and the first client render print the same text (no hydration mismatch).
 */
export function Countdown({ target, chainNow, testId }: { target: number; chainNow: number; testId?: string }) {
  const [now, setNow] = useState(chainNow);
  useEffect(() => {
    const base = Date.now();
    const tick = () => setNow(chainNow + Math.floor((Date.now() - base) / 1000));
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [chainNow]);
  return (
    <time data-testid={testId} dateTime={isoDate(target)} suppressHydrationWarning>
      {formatRelative(target, now)}
    </time>
  );
}
