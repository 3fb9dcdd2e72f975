// The call timer: mm:ss since the call connected, ticking once a second, announced as a timer (not live).
import { useNow } from '../../ui/use-now';
import { formatCallTime } from './call-words';

export function CallTimer({ connectedAt, className }: { connectedAt: string; className?: string }) {
  const now = useNow(1000);
  return (
    <span role="timer" aria-label="Call time" className={className}>
      <time dateTime={connectedAt}>{formatCallTime(connectedAt, now)}</time>
    </span>
  );
}
