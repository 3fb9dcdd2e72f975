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

/** A short duration since an instant: `0:43`, `12:05`, `1:02:09`. */
export function formatSince(sinceIso: string, nowMs: number): string {
  const [h = '00', m = '00', s = '00'] = formatElapsed(sinceIso, nowMs).split(':');
  return h === '00' ? `${Number(m)}:${s}` : `${Number(h)}:${m}:${s}`;
}

/** Wall-clock time of an instant as `14:02` (local time), or '' when it cannot be read. */
export function formatClock(atIso: string | null): string {
  if (atIso === null) return '';
  const at = new Date(atIso);
  if (Number.isNaN(at.getTime())) return '';
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/** Date and time for a tooltip: `2030-01-01 14:02:09` (local). */
export function formatStamp(atIso: string | null): string | undefined {
  if (atIso === null) return undefined;
  const at = new Date(atIso);
  if (Number.isNaN(at.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** Time left until an instant as `mm:ss` (minutes may pass 59); `00:00` once it has passed. */
export function formatCountdown(untilIso: string, nowMs: number): string {
  const until = Date.parse(untilIso);
  const total = Number.isNaN(until) ? 0 : Math.max(0, Math.ceil((until - nowMs) / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
