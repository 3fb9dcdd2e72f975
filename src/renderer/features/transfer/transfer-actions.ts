// Transfer commands from the renderer: send a conversation on (a cold one leaves this desktop at once,
// a warm one waits for the target) and cancel a waiting warm transfer. Returns the error to show, or null.
import type { BatonApi } from '../../../shared/contract/ipc';
import type { TransferRequest } from '../../../shared/domain/transfer';
import type { Stores } from '../../app/stores';
import { applySummary } from '../conversation/conversation-actions';

export async function requestTransfer(baton: BatonApi, stores: Stores, request: TransferRequest, targetName: string): Promise<string | null> {
  const result = await baton.invoke('transfer:request', request);
  if (!result.ok) return `Could not transfer: ${result.error.message}`;
  if (request.mode === 'warm') stores.transfers.getState().waiting(request.conversationId, targetName);
  else applySummary(stores, result.value);
  return null;
}

export async function cancelTransfer(baton: BatonApi, stores: Stores, conversationId: string): Promise<string | null> {
  const result = await baton.invoke('transfer:cancel', { conversationId });
  if (!result.ok) return `Could not cancel the transfer: ${result.error.message}`;
  stores.transfers.getState().settled(conversationId);
  applySummary(stores, result.value);
  return null;
}
