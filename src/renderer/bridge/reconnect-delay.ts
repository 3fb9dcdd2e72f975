// How long the browser-mode bridge waits before reconnecting to its host: exponential with jitter,
// capped, so a restarting host is not hammered by every open tab at once.
const BASE_MS = 500;
const CAP_MS = 10_000;

export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
