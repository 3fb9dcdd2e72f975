// The current time, re-read every `everyMs` while mounted: for clocks and countdowns that are display
// only. Stores never tick; they hold instants, and components derive "time since" from them.
import { useEffect, useState } from 'react';

export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const handle = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(handle);
  }, [everyMs]);
  return now;
}
