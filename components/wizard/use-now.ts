'use client';

import { useEffect, useState } from 'react';

/** Current unix time in seconds, refreshed every `everyMs` (default 30 s) so relative checks stay fresh. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const t = setInterval(() => setNow(Math.floor(Date.now() / 1000)), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}
