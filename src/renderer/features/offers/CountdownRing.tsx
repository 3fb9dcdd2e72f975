// The offer's countdown: a ring that empties towards `expiresAt` with the seconds left inside.
// Display only; the gateway decides when the offer times out.
import { useNow } from '../../ui/use-now';

const R = 15;
const CIRCUMFERENCE = 2 * Math.PI * R;

export function CountdownRing({ offeredAt, expiresAt }: { offeredAt: string; expiresAt: string }) {
  const now = useNow(250);
  const end = Date.parse(expiresAt);
  const total = Math.max(1, end - Date.parse(offeredAt));
  const left = Math.max(0, end - now);
  const seconds = Math.ceil(left / 1000);
  const urgent = seconds <= 5;
  return (
    <span className={['ring', urgent ? 'ring--urgent' : null].filter(Boolean).join(' ')} title="Time left to answer">
      <svg viewBox="0 0 36 36" width="36" height="36" aria-hidden="true" focusable="false">
        <circle cx="18" cy="18" r={R} className="ring__track" />
        <circle
          cx="18"
          cy="18"
          r={R}
          className="ring__fill"
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - Math.min(1, left / total))}
          transform="rotate(-90 18 18)"
        />
      </svg>
      <span className="ring__text">
        {seconds}
        <span className="ring__unit"> s</span>
        <span className="visually-hidden"> left to answer</span>
      </span>
    </span>
  );
}
