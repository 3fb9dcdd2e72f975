// Sending a message or adding an internal note: checked with the contract's rules first, then
// invoked; the answer joins the log at once (the echoed event is dropped as a repeat of its seq).
import type { BatonApi } from '../../../shared/contract/ipc';
import { MessageTextSchema } from '../../../shared/domain/message';
import type { Stores } from '../../app/stores';

export type PostKind = 'message' | 'note';

/** Returns the error to show next to the box, or null when it was posted. */
export async function post(baton: BatonApi, stores: Stores, kind: PostKind, conversationId: string, text: string): Promise<string | null> {
  const checked = MessageTextSchema.safeParse(text);
  if (!checked.success) return checked.error.issues[0]?.message ?? 'This message cannot be sent';
  const result = await baton.invoke(kind === 'message' ? 'message:send' : 'note:add', { conversationId, text: checked.data });
  if (!result.ok) return `${kind === 'message' ? 'Not sent' : 'Note not saved'}: ${result.error.message}`;
  stores.messages.getState().received(result.value, stores.conversations.getState().selectedId);
  return null;
}
