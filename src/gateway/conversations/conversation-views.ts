// Turns stored conversation and offer records into the shared shapes desktops and HTTP clients receive
// (ConversationSummary, Offer, AssignedConversation). Pure; the only place these mappings are written.
import type { AssignedConversation, ConversationSummary, Offer } from '../../shared/domain/conversation';
import type { ConversationMessage } from '../../shared/domain/message';
import type { TransferRecord } from '../../shared/domain/transfer';
import type { WrapUpPolicy } from '../../shared/domain/wrap-up';
import type { ConversationRecord, OfferRecord } from '../state/records';

export function toSummary(record: ConversationRecord): ConversationSummary {
  return {
    conversationId: record.conversationId,
    status: record.status,
    queue: record.queue,
    queueName: record.queueName,
    channel: record.channel,
    assignedTo: record.assignedTo,
    createdAt: record.createdAt,
    acceptedAt: record.acceptedAt,
    endedAt: record.endedAt,
    acwDeadline: record.acwDeadline,
    call: record.voice?.call ?? null,
  };
}

export function toOffer(record: ConversationRecord, offer: OfferRecord): Offer {
  return {
    offerId: offer.offerId,
    conversationId: record.conversationId,
    queue: record.queue,
    queueName: record.queueName,
    waitingSince: record.createdAt,
    offeredAt: offer.offeredAt,
    expiresAt: offer.expiresAt,
    context: record.context,
    transfer: offeredTransfer(record),
  };
}

/** The transfer an offer belongs to: the latest one unless it was cancelled. */
function offeredTransfer(record: ConversationRecord): TransferRecord | null {
  const latest = record.transfers?.at(-1);
  return latest && latest.state !== 'cancelled' ? latest : null;
}

export function toAssigned(record: ConversationRecord, messages: ConversationMessage[], wrapUp: WrapUpPolicy | null): AssignedConversation {
  return { conversation: toSummary(record), context: record.context, messages, wrapUp, transfers: record.transfers ?? [] };
}
