// The message side of the agent's assigned conversations: applies gateway messages in seq order (dropping
// duplicates), holds back those past a gap and fetches the gap, catches up after a reconnect, and publishes
// each newly shown message. The conversations themselves (and the cache) belong to the work tracker.
import type { EventPublisher } from '../../../shared/contract/ipc';
import type { AssignedConversation } from '../../../shared/domain/conversation';
import type { ConversationMessage } from '../../../shared/domain/message';
import type { Logger } from '../../../shared/log';
import { applyMessages, lastSeq } from './message-log';

export interface ConversationMessagesDeps {
  get(conversationId: string): AssignedConversation | undefined;
  /** Stores the conversation with its new messages (memory and cache). */
  store(conversation: AssignedConversation): void;
  publish: EventPublisher;
  fetchMessages: ((conversationId: string, afterSeq: number) => Promise<ConversationMessage[]>) | undefined;
  log: Logger;
  isClosed(): boolean;
}

export interface ConversationMessages {
  /** Messages from events or own sends: shown in order, a gap is fetched. */
  add(conversationId: string, messages: readonly ConversationMessage[]): void;
  /** The gateway's whole log of a conversation (a snapshot): whatever is new is shown, nothing waits. */
  addAll(conversationId: string, messages: readonly ConversationMessage[]): void;
  /** Asks for everything after the last shown seq of each conversation. */
  catchUp(conversationIds: readonly string[]): Promise<void>;
  /** The conversation left the list: forget what was waiting. */
  forget(conversationId: string): void;
}

export function createConversationMessages(deps: ConversationMessagesDeps): ConversationMessages {
  const { publish, log } = deps;
  const pending = new Map<string, readonly ConversationMessage[]>();
  const fetching = new Set<string>();

  function apply(conversationId: string, incoming: readonly ConversationMessage[], complete: boolean): void {
    const conversation = deps.get(conversationId);
    if (!conversation || deps.isClosed()) {
      if (!deps.isClosed()) log.debug('message for a conversation not assigned here; ignored', { conversationId });
      return;
    }
    const step = applyMessages({ applied: conversation.messages, pending: pending.get(conversationId) ?? [] }, incoming, complete);
    if (step.pending.length > 0) pending.set(conversationId, step.pending);
    else pending.delete(conversationId);
    if (step.fresh.length > 0) {
      deps.store({ ...conversation, messages: [...step.applied] });
      for (const message of step.fresh) publish('conversation:message', message);
    }
    if (step.pending.length > 0 && !complete) void fill(conversationId);
  }

  async function fill(conversationId: string): Promise<void> {
    const fetchMessages = deps.fetchMessages;
    const conversation = deps.get(conversationId);
    if (!fetchMessages || !conversation || fetching.has(conversationId)) return;
    fetching.add(conversationId);
    const afterSeq = lastSeq(conversation.messages);
    try {
      const messages = await fetchMessages(conversationId, afterSeq);
      fetching.delete(conversationId);
      apply(conversationId, messages.filter((m) => m.conversationId === conversationId), true);
    } catch (error) {
      fetching.delete(conversationId);
      // What is held back stays held back; the next reconnect catches up again.
      log.warn('could not fetch missing messages', { conversationId, afterSeq, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    add: (conversationId, messages) => apply(conversationId, messages, false),
    addAll: (conversationId, messages) => apply(conversationId, messages, true),
    async catchUp(conversationIds) {
      await Promise.all(conversationIds.map((id) => fill(id)));
    },
    forget(conversationId) {
      pending.delete(conversationId);
    },
  };
}
