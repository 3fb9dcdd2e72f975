// Conversation status changes: applying a new summary (from an event or a command's answer) and
// ending a conversation. A conversation that leaves the list takes its messages with it.
import type { BatonApi } from '../../../shared/contract/ipc';
import type { ConversationSummary } from '../../../shared/domain/conversation';
import type { Stores } from '../../app/stores';

export function applySummary(stores: Stores, summary: ConversationSummary): void {
  stores.conversations.getState().updated(summary);
  if (!(summary.conversationId in stores.conversations.getState().byId)) stores.messages.getState().forgotten(summary.conversationId);
}

/** Ends the conversation; returns the error to show, or null when it ended (wrap-up opens). */
export async function endConversation(baton: BatonApi, stores: Stores, conversationId: string): Promise<string | null> {
  const result = await baton.invoke('conversation:end', { conversationId });
  if (!result.ok) return `Could not end the conversation: ${result.error.message}`;
  applySummary(stores, result.value);
  return null;
}
