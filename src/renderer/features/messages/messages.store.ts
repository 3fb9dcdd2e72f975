// Messages store: the live messages of each assigned conversation (ordered by seq, each seq once),
// unread counts (customer messages that arrived while another conversation was open) and when the
// customer last said they were typing. Holds instants only; the 6 s typing expiry is read, not ticked.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AssignedConversation } from '../../../shared/domain/conversation';
import type { ConversationMessage, Typing } from '../../../shared/domain/message';

/** A typing signal counts this long without a refresh: channels rarely send "stopped typing". */
export const TYPING_TTL_MS = 6000;

export interface MessagesState {
  byConversation: Readonly<Record<string, readonly ConversationMessage[]>>;
  unread: Readonly<Record<string, number>>;
  /** Epoch ms of the last "typing" signal per conversation; absent when not typing. */
  typingAt: Readonly<Record<string, number>>;
}

export interface MessagesActions {
  /** The host's list is the truth for which conversations exist; messages merge with what we hold. */
  listed(conversations: readonly AssignedConversation[]): void;
  assigned(conversation: AssignedConversation): void;
  /** One message (event or our own send). Counts as unread when from the customer and not open. */
  received(message: ConversationMessage, openId: string | null): void;
  typingChanged(typing: Typing, nowMs: number): void;
  read(conversationId: string): void;
  forgotten(conversationId: string): void;
  cleared(): void;
}

export type MessagesStore = StoreApi<MessagesState & MessagesActions>;

/** Merges by seq (a later copy of a seq replaces nothing: the log is append-only) and sorts. */
export function mergeMessages(held: readonly ConversationMessage[], incoming: readonly ConversationMessage[]): readonly ConversationMessage[] {
  const known = new Set(held.map((m) => m.seq));
  const fresh = incoming.filter((m) => !known.has(m.seq) && (known.add(m.seq), true));
  if (fresh.length === 0) return held;
  return [...held, ...fresh].sort((a, b) => a.seq - b.seq);
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

const EMPTY: MessagesState = { byConversation: {}, unread: {}, typingAt: {} };

export function createMessagesStore(): MessagesStore {
  return createStore<MessagesState & MessagesActions>()((set) => ({
    ...EMPTY,
    listed: (conversations) =>
      set((s) => {
        const ids = new Set(conversations.map((c) => c.conversation.conversationId));
        const keep = <T>(r: Readonly<Record<string, T>>) => Object.fromEntries(Object.entries(r).filter(([id]) => ids.has(id)));
        const byConversation = Object.fromEntries(
          conversations.map((c) => [c.conversation.conversationId, mergeMessages(s.byConversation[c.conversation.conversationId] ?? [], c.messages)]),
        );
        return { byConversation, unread: keep(s.unread), typingAt: keep(s.typingAt) };
      }),
    assigned: (c) =>
      set((s) => {
        const id = c.conversation.conversationId;
        return { byConversation: { ...s.byConversation, [id]: mergeMessages(s.byConversation[id] ?? [], c.messages) } };
      }),
    received: (message, openId) =>
      set((s) => {
        const id = message.conversationId;
        const held = s.byConversation[id] ?? [];
        const merged = mergeMessages(held, [message]);
        if (merged === held) return s;
        const fromCustomer = message.from === 'customer' && message.kind === 'message';
        const unread = fromCustomer && id !== openId ? { ...s.unread, [id]: (s.unread[id] ?? 0) + 1 } : s.unread;
        // A message from the customer means they stopped typing that one.
        const typingAt = fromCustomer ? without(s.typingAt, id) : s.typingAt;
        return { byConversation: { ...s.byConversation, [id]: merged }, unread, typingAt };
      }),
    typingChanged: ({ conversationId, typing }, nowMs) =>
      set((s) => ({ typingAt: typing ? { ...s.typingAt, [conversationId]: nowMs } : without(s.typingAt, conversationId) })),
    read: (conversationId) => set((s) => (s.unread[conversationId] ? { unread: without(s.unread, conversationId) } : s)),
    forgotten: (id) =>
      set((s) => ({ byConversation: without(s.byConversation, id), unread: without(s.unread, id), typingAt: without(s.typingAt, id) })),
    cleared: () => set(EMPTY),
  }));
}

type S = MessagesState;
const NONE: readonly ConversationMessage[] = [];
export const selectMessages = (id: string) => (s: S): readonly ConversationMessage[] => s.byConversation[id] ?? NONE;
export const selectUnread = (id: string) => (s: S): number => s.unread[id] ?? 0;
export const selectUnreadTotal = (s: S): number => Object.values(s.unread).reduce((sum, n) => sum + n, 0);
export const selectTypingAt = (id: string) => (s: S): number | null => s.typingAt[id] ?? null;
export const isTyping = (typingAt: number | null, nowMs: number): boolean => typingAt !== null && nowMs - typingAt < TYPING_TTL_MS;
