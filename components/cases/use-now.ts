import { useEffect, useState } from 'react';

/**
 * The clock, re-read every `everyMs` (default a minute): SLA countdowns and
 * ages move while the page stays open, and render stays pure (the time is
 * state, not a Date.now() call in render).
 */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
