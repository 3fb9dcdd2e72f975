// Turns stored conversation and offer records into the shared shapes desktops and HTTP clients receive
// (ConversationSummary, Offer, AssignedConversation). Pure; the only place these mappings are written.
import type { AssignedConversation, ConversationSummary, Offer } from '../../shared/domain/conversation';
import type { ConversationMessage } from '../../shared/domain/message';
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
  };
}

export function toAssigned(record: ConversationRecord, messages: ConversationMessage[], wrapUp: WrapUpPolicy | null): AssignedConversation {
  return { conversation: toSummary(record), context: record.context, messages, wrapUp };
}
