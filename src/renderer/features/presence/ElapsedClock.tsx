// Time in the current state as hh:mm:ss, ticking once a second. Display only: the instant comes
// from the store, the tick from useNow.
import { formatElapsed } from '../../ui/format-time';
import { useNow } from '../../ui/use-now';

export function ElapsedClock({ since, label }: { since: string; label: string }) {
  const now = useNow(1000);
  return (
    <time className="clock" dateTime={since} title={label}>
      {formatElapsed(since, now)}
    </time>
  );
}
