// Test support: valid offers and assigned conversations built through the shared schemas, so fixtures
// can never drift from the contract.
import {
  AssignedConversationSchema,
  OfferSchema,
  type AssignedConversation,
  type Offer,
} from '../../../shared/domain/conversation';
import type { HandoffContextInput } from '../../../shared/domain/handoff-context';
import { ConversationMessageSchema, type ConversationMessage } from '../../../shared/domain/message';

export function contextInput(conversationId: string, overrides: Partial<HandoffContextInput> = {}): HandoffContextInput {
  return {
    customer: { displayName: 'Dana Whitfield', verification: { method: 'sms-otp' } },
    intent: { name: 'return_item', label: 'Return a damaged item', confidence: 0.92 },
    facts: [{ key: 'orderNumber', label: 'Order number', value: 'A-1001', status: 'confirmed' }],
    transcript: [{ id: 't1', from: 'customer', text: 'My kettle arrived broken.' }],
    sentiment: { score: -0.6 },
    source: { format: 'native', conversationId: `bot-${conversationId}`, raw: { conversationId } },
    ...overrides,
  };
}

export function assignedConversation(conversationId: string, options: { acceptedAt?: string; padding?: number } = {}): AssignedConversation {
  const acceptedAt = options.acceptedAt ?? '2025-05-01T10:00:00.000Z';
  return AssignedConversationSchema.parse({
    conversation: {
      conversationId,
      status: 'active',
      queue: 'support',
      queueName: 'Support',
      channel: 'chat',
      assignedTo: 'agent1',
      createdAt: '2025-05-01T09:59:00.000Z',
      acceptedAt,
    },
    context: contextInput(conversationId, options.padding ? { transcript: [{ id: 'pad', from: 'bot', text: 'x'.repeat(options.padding) }] } : {}),
  });
}

export function offer(offerId: string, options: { conversationId?: string; expiresAt?: string; context?: Partial<HandoffContextInput> } = {}): Offer {
  const conversationId = options.conversationId ?? `c-${offerId}`;
  return OfferSchema.parse({
    offerId,
    conversationId,
    queue: 'support',
    queueName: 'Support',
    waitingSince: '2025-05-01T09:59:00.000Z',
    offeredAt: '2025-05-01T09:59:30.000Z',
    expiresAt: options.expiresAt ?? '2999-01-01T00:00:00.000Z',
    context: contextInput(conversationId, options.context),
  });
}

export function message(conversationId: string, seq: number, overrides: Partial<ConversationMessage> = {}): ConversationMessage {
  return ConversationMessageSchema.parse({
    conversationId,
    seq,
    id: `m-${seq}`,
    kind: 'message',
    from: 'customer',
    author: null,
    authorName: null,
    text: `Message ${seq}`,
    at: '2025-05-01T10:01:00.000Z',
    ...overrides,
  });
}
