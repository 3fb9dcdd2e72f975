// How a call reads to people: its state as a word with a tone, and the call timer as mm:ss. Pure.
import type { CallState } from '../../../shared/domain/call';

export type CallTone = 'waiting' | 'live' | 'held' | 'over';

/** Null: a voice contact whose connector has not reported the call yet. */
export function callWord(call: CallState | null): { word: string; tone: CallTone } {
  switch (call?.state) {
    case undefined:
      return { word: 'Connecting', tone: 'waiting' };
    case 'ringing':
      return { word: 'Ringing', tone: 'waiting' };
    case 'connected':
      return { word: 'Connected', tone: 'live' };
    case 'on-hold':
      return { word: 'On hold', tone: 'held' };
    case 'ended':
      return { word: 'Call ended', tone: 'over' };
  }
}

/** `mm:ss` since the call connected (minutes keep counting past 59); skew reads as 00:00. */
export function formatCallTime(connectedAt: string, nowMs: number): string {
  const since = Date.parse(connectedAt);
  const total = Number.isNaN(since) ? 0 : Math.max(0, Math.floor((nowMs - since) / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
