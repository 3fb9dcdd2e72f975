// Formats durations for people: a time-in-state clock (00:12:41) and a retry countdown.
// Pure functions; callers pass "now" so tests never depend on the wall clock.

/** `hh:mm:ss` since an ISO instant; clock skew that puts `since` in the future reads as 00:00:00. */
export function formatElapsed(sinceIso: string, nowMs: number): string {
  const since = Date.parse(sinceIso);
  const total = Number.isNaN(since) ? 0 : Math.max(0, Math.floor((nowMs - since) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}

/** "retry in 5 s", "retry in 2 min", or "retrying now" once the instant has passed. */
export function formatRetry(atIso: string, nowMs: number): string {
  const at = Date.parse(atIso);
  if (Number.isNaN(at)) return 'retrying soon';
  const seconds = Math.ceil((at - nowMs) / 1000);
  if (seconds <= 0) return 'retrying now';
  if (seconds < 90) return `retry in ${seconds} s`;
  return `retry in ${Math.round(seconds / 60)} min`;
}
