// Ordering one conversation's messages by the gateway's seq: duplicates are dropped, a message past a gap
// waits until the gap is filled (or the gateway says there is nothing more), so the agent never sees the
// log out of order. Pure functions; the work tracker owns the state and asks the gateway for fills.
import type { ConversationMessage } from '../../../shared/domain/message';

export interface MessageLogState {
  /** Shown messages, ordered by seq. */
  applied: readonly ConversationMessage[];
  /** Arrived past a gap, waiting for the missing ones. */
  pending: readonly ConversationMessage[];
}

export interface MessageLogStep extends MessageLogState {
  /** Messages newly shown by this step, in seq order. */
  fresh: ConversationMessage[];
}

export function lastSeq(messages: readonly ConversationMessage[]): number {
  return messages.reduce((max, m) => Math.max(max, m.seq), 0);
}

/**
 * Adds `incoming`. With `complete` (the gateway's own answer to "everything after seq N") whatever is still
 * missing does not exist, so everything waiting is shown.
 */
export function applyMessages(state: MessageLogState, incoming: readonly ConversationMessage[], complete: boolean): MessageLogStep {
  const known = new Set(state.applied.map((m) => m.seq));
  const candidates = new Map<number, ConversationMessage>();
  for (const m of [...state.pending, ...incoming]) if (!known.has(m.seq) && !candidates.has(m.seq)) candidates.set(m.seq, m);
  let last = lastSeq(state.applied);
  const fresh: ConversationMessage[] = [];
  const pending: ConversationMessage[] = [];
  for (const m of [...candidates.values()].sort(bySeq)) {
    if (complete || m.seq <= last + 1) {
      fresh.push(m);
      last = Math.max(last, m.seq);
    } else pending.push(m);
  }
  const applied = fresh.length === 0 ? state.applied : [...state.applied, ...fresh].sort(bySeq);
  return { applied, pending, fresh };
}

function bySeq(a: ConversationMessage, b: ConversationMessage): number {
  return a.seq - b.seq;
}
