// The after-contact-work countdown: mm:ss to the deadline as a `timer`, urgent in the last 15 s.
// Display only: the gateway decides when the time is up.
import { formatCountdown } from '../../ui/format-time';
import { IconClock } from '../../ui/icons';
import { useNow } from '../../ui/use-now';

const URGENT_MS = 15_000;

export function AcwCountdown({ deadline }: { deadline: string | null }) {
  const now = useNow(1000);
  if (deadline === null) return <p className="acw">No time limit for after-contact work</p>;
  const left = Date.parse(deadline) - now;
  return (
    <p className={['acw', left <= URGENT_MS ? 'acw--urgent' : null].filter(Boolean).join(' ')}>
      <IconClock size={14} />
      <span>After-contact work</span>
      <time role="timer" aria-label="After-contact work time left" className="acw__clock" dateTime={deadline}>
        {formatCountdown(deadline, now)}
      </time>
      {left <= 0 ? <span>time is up</span> : <span>left</span>}
    </p>
  );
}
