// How a transfer is written into a conversation: its TransferRecord (state changes) and the timeline line
// "Transferred from X to Y". The line is a note from 'system', so it never reaches the customer's connector
// (GET /messages and webhooks carry messages only) while every agent who takes the conversation sees it.
import type { ConversationMessage } from '../../shared/domain/message';
import type { TransferRecord, TransferTarget } from '../../shared/domain/transfer';
import type { RoutingDeps } from '../routing/routing-deps';
import { queueFor } from '../routing/route-pass';
import type { ConversationRecord } from '../state/records';

export function targetName(deps: Pick<RoutingDeps, 'routing' | 'users'>, target: TransferTarget): string {
  return target.kind === 'queue' ? `the ${queueFor(deps, target.queue).name} queue` : (deps.users.find(target.username)?.displayName ?? target.username);
}

/** The latest transfer if it is still waiting for its target (a warm transfer). */
export function pendingTransfer(record: ConversationRecord): TransferRecord | null {
  const latest = record.transfers?.at(-1);
  return latest?.state === 'pending' ? latest : null;
}

/** The record's transfers with the latest one set to `state`. */
export function settleLatest(record: ConversationRecord, state: TransferRecord['state']): TransferRecord[] {
  const transfers = record.transfers ?? [];
  return transfers.map((t, i) => (i === transfers.length - 1 ? { ...t, state } : t));
}

/** A warm transfer's offer: the conversation still has its owner and rings this offer for a pending transfer. */
export function isWarmTransferOffer(record: ConversationRecord, offerId: string): boolean {
  return (record.status === 'active' || record.status === 'on-hold') && record.offerId === offerId && pendingTransfer(record) !== null;
}

/** Adds "Transferred from X to Y" to the timeline (once per transfer) and tells `tell`'s desktops. */
export async function addTransferLine(deps: RoutingDeps, record: ConversationRecord, transfer: TransferRecord, tell: string | null): Promise<ConversationMessage> {
  const index = (record.transfers ?? []).length;
  const mode = transfer.mode === 'warm' ? 'warm' : 'cold';
  const { message, created } = await deps.state.appendMessage(
    {
      conversationId: record.conversationId,
      id: `transfer-${index}`,
      kind: 'note',
      from: 'system',
      author: null,
      authorName: 'Baton',
      text: `Transferred from ${transfer.fromName} to ${targetName(deps, transfer.target)} (${mode})`,
      at: deps.now().toISOString(),
    },
    `transfer:${index}`,
  );
  if (created && tell !== null) deps.notify.toUser(tell, 'conversation:message', message);
  return message;
}
