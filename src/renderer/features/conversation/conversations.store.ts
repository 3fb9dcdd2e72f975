// Conversations store: the agent's assigned conversations with their contexts, which one is open,
// and a composer draft per conversation (with its caret) so switching never loses what was typed.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AssignedConversation, ConversationStatus, ConversationSummary } from '../../../shared/domain/conversation';

export interface Draft {
  text: string;
  /** Where "Insert" puts text: the caret as the composer last reported it. */
  caret: number;
}

export interface ConversationsState {
  byId: Readonly<Record<string, AssignedConversation>>;
  /** Most recently accepted first. */
  order: readonly string[];
  selectedId: string | null;
  drafts: Readonly<Record<string, Draft>>;
}

export interface ConversationsActions {
  listed(conversations: readonly AssignedConversation[]): void;
  assigned(conversation: AssignedConversation): void;
  /** A status change: ended ones stay (wrap-up); wrapped or gone ones leave the list. */
  updated(summary: ConversationSummary): void;
  select(conversationId: string): void;
  /** Opens the next (+1) or previous (-1) conversation in list order, wrapping around. */
  selectAdjacent(step: 1 | -1): void;
  draftChanged(conversationId: string, text: string, caret: number): void;
  /** Inserts at the caret (with a space on either side where needed) and moves the caret after it. */
  insertIntoDraft(conversationId: string, text: string): void;
  cleared(): void;
}

export type ConversationsStore = StoreApi<ConversationsState & ConversationsActions>;

/** The statuses that keep a conversation on the agent's list. */
const MINE: readonly ConversationStatus[] = ['active', 'on-hold', 'ended'];

const startedAt = (c: AssignedConversation) => c.conversation.acceptedAt ?? c.conversation.createdAt;

function ordered(byId: Readonly<Record<string, AssignedConversation>>): string[] {
  return Object.values(byId)
    .sort((a, b) => startedAt(b).localeCompare(startedAt(a)))
    .map((c) => c.conversation.conversationId);
}

export function insertAt(draft: Draft, text: string): Draft {
  const caret = Math.min(Math.max(0, draft.caret), draft.text.length);
  const before = draft.text.slice(0, caret);
  const after = draft.text.slice(caret);
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  const trail = after === '' || /^[\s.,!?;:]/.test(after) ? '' : ' ';
  const inserted = `${lead}${text}${trail}`;
  return { text: before + inserted + after, caret: caret + lead.length + text.length };
}

export function createConversationsStore(): ConversationsStore {
  return createStore<ConversationsState & ConversationsActions>()((set) => ({
    byId: {},
    order: [],
    selectedId: null,
    drafts: {},
    listed: (conversations) =>
      set((s) => {
        const byId = Object.fromEntries(conversations.map((c) => [c.conversation.conversationId, c]));
        const selectedId = s.selectedId !== null && s.selectedId in byId ? s.selectedId : null;
        return { byId, order: ordered(byId), selectedId };
      }),
    assigned: (conversation) =>
      set((s) => {
        const byId = { ...s.byId, [conversation.conversation.conversationId]: conversation };
        return { byId, order: ordered(byId) };
      }),
    updated: (summary) =>
      set((s) => {
        const id = summary.conversationId;
        const held = s.byId[id];
        if (!held) return s;
        // A new owner (a transfer) means it is no longer this agent's, whatever its status.
        const stillMine = held.conversation.assignedTo === null || summary.assignedTo === held.conversation.assignedTo;
        if (MINE.includes(summary.status) && stillMine) return { byId: { ...s.byId, [id]: { ...held, conversation: summary } } };
        const { [id]: _gone, ...byId } = s.byId;
        const { [id]: _draft, ...drafts } = s.drafts;
        const order = ordered(byId);
        // Leaving the open one moves to its neighbour, so the keyboard flow goes on to the next contact.
        const at = s.order.indexOf(id);
        const selectedId = s.selectedId === id ? (order[Math.min(at, order.length - 1)] ?? null) : s.selectedId;
        return { byId, order, drafts, selectedId };
      }),
    selectAdjacent: (step) =>
      set((s) => {
        if (s.order.length === 0) return s;
        const at = s.selectedId === null ? (step === 1 ? -1 : 0) : s.order.indexOf(s.selectedId);
        const next = s.order[(at + step + s.order.length) % s.order.length];
        return next === undefined ? s : { selectedId: next };
      }),
    select: (conversationId) => set((s) => (conversationId in s.byId ? { selectedId: conversationId } : s)),
    draftChanged: (conversationId, text, caret) => set((s) => ({ drafts: { ...s.drafts, [conversationId]: { text, caret } } })),
    insertIntoDraft: (conversationId, text) =>
      set((s) => ({ drafts: { ...s.drafts, [conversationId]: insertAt(s.drafts[conversationId] ?? { text: '', caret: 0 }, text) } })),
    cleared: () => set({ byId: {}, order: [], selectedId: null, drafts: {} }),
  }));
}

type S = ConversationsState;
const EMPTY_DRAFT: Draft = { text: '', caret: 0 };
export const selectOrder = (s: S): readonly string[] => s.order;
export const selectSelectedId = (s: S): string | null => s.selectedId;
export const selectSelected = (s: S): AssignedConversation | null => (s.selectedId ? (s.byId[s.selectedId] ?? null) : null);
export const selectConversation = (id: string) => (s: S): AssignedConversation | null => s.byId[id] ?? null;
export const selectDraft = (id: string) => (s: S): Draft => s.drafts[id] ?? EMPTY_DRAFT;
