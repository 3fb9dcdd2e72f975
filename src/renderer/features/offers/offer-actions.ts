// Accept and Reject: invoke the host, then update the stores. Accept opens the new conversation;
// a refusal (the offer expired, the link dropped) stays on the card as an inline error.
import type { BatonApi } from '../../../shared/contract/ipc';
import type { Stores } from '../../app/stores';

export async function acceptOffer(baton: BatonApi, stores: Stores, offerId: string): Promise<void> {
  if (stores.offers.getState().pending[offerId]) return;
  stores.offers.getState().actionStarted(offerId, 'accepting');
  const result = await baton.invoke('contact:accept', { offerId });
  if (!result.ok) {
    stores.offers.getState().actionFailed(offerId, `Could not accept: ${result.error.message}`);
    return;
  }
  const conversations = stores.conversations.getState();
  conversations.assigned(result.value);
  stores.conversations.getState().select(result.value.conversation.conversationId);
  stores.offers.getState().withdrawn(offerId);
}

export async function rejectOffer(baton: BatonApi, stores: Stores, offerId: string): Promise<void> {
  if (stores.offers.getState().pending[offerId]) return;
  stores.offers.getState().actionStarted(offerId, 'rejecting');
  const result = await baton.invoke('contact:reject', { offerId });
  if (result.ok) stores.offers.getState().withdrawn(offerId);
  else stores.offers.getState().actionFailed(offerId, `Could not reject: ${result.error.message}`);
}
