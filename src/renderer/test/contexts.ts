// Builders for handoff contexts, offers, assigned conversations, messages and wrap-up in renderer tests: parsed with
// the real schemas, so every default is filled in exactly as the host would send it.
import { AssignedConversationSchema, OfferSchema, type AssignedConversation, type Offer } from '../../shared/domain/conversation';
import { HandoffContextSchema, type HandoffContext, type HandoffContextInput } from '../../shared/domain/handoff-context';
import { ConversationMessageSchema, type ConversationMessage } from '../../shared/domain/message';
import type { WrapUpPolicy } from '../../shared/domain/wrap-up';

export function makeContext(input: Omit<HandoffContextInput, 'source'> = {}, raw: unknown = { from: 'test' }): HandoffContext {
  return HandoffContextSchema.parse({ ...input, source: { format: 'native', conversationId: 'bot-1', raw } });
}

export const mariaContext = (): HandoffContext =>
  makeContext(
    {
      customer: { displayName: 'Maria Lopez', verification: { method: 'SMS code' }, tier: 'Gold' },
      intent: { name: 'return_item', label: 'Return a damaged item', confidence: 0.93, alternatives: [{ name: 'refund', label: 'Refund', confidence: 0.04 }] },
      facts: [
        { key: 'orderNumber', label: 'Order number', value: 'A-4417', status: 'confirmed' },
        { key: 'email', label: 'Email', value: 'maria@example.com', status: 'collected' },
        { key: 'phone', label: 'Phone', value: '+44 7700 900134', status: 'confirmed', sensitive: true },
        { key: 'dateOfBirth', label: 'Date of birth', status: 'missing' },
        { key: 'postcode', label: 'Postcode', value: 'ZZ9', status: 'invalid' },
      ],
      botSteps: [
        { name: 'Checked the order', outcome: 'succeeded' },
        { name: 'Offered a replacement', outcome: 'failed', detail: 'declined' },
      ],
      transcript: [
        { id: 't1', from: 'bot', text: 'I can help with returns. What happened?' },
        { id: 't2', from: 'customer', text: 'My blender arrived broken' },
        { id: 't3', from: 'bot', text: 'Would a replacement blender help?' },
        { id: 't4', from: 'customer', text: 'No, I want a person' },
      ],
      journey: {
        events: [{ kind: 'page', label: 'Returns policy', url: 'https://shop.example/returns', at: '2030-01-01T09:58:00.000Z' }],
        priorContacts: [{ at: '2029-12-01T10:00:00.000Z', channel: 'email', summary: 'Asked about delivery', outcome: 'resolved' }],
      },
      sentiment: {
        score: -0.6,
        series: [
          { at: '2030-01-01T10:00:00.000Z', score: -0.1 },
          { at: '2030-01-01T10:01:00.000Z', score: -0.6 },
        ],
      },
    },
    { conversationId: 'bot-1', note: 'raw as sent' },
  );

export function makeOffer(id: string, context: HandoffContext, now = Date.now()): Offer {
  return OfferSchema.parse({
    offerId: id,
    conversationId: `conv-${id}`,
    queue: 'returns',
    queueName: 'Returns',
    waitingSince: new Date(now - 43_000).toISOString(),
    offeredAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 20_000).toISOString(),
    context,
  });
}

export function makeAssigned(conversationId: string, context: HandoffContext, acceptedAt = new Date().toISOString()): AssignedConversation {
  return AssignedConversationSchema.parse({
    conversation: {
      conversationId,
      status: 'active',
      queue: 'returns',
      queueName: 'Returns',
      channel: context.channel,
      assignedTo: 'agent1',
      createdAt: acceptedAt,
      acceptedAt,
    },
    context,
  });
}

export function makeMessage(conversationId: string, seq: number, text: string, overrides: Partial<ConversationMessage> = {}): ConversationMessage {
  return ConversationMessageSchema.parse({
    conversationId,
    seq,
    id: `m-${seq}`,
    kind: 'message',
    from: 'customer',
    author: null,
    authorName: null,
    text,
    at: '2030-01-01T14:05:00.000Z',
    ...overrides,
  });
}

export const returnsPolicy: WrapUpPolicy = {
  dispositions: [
    { code: 'resolved', label: 'Resolved' },
    { code: 'refund', label: 'Refund issued' },
  ],
  notesRequired: true,
  acwSeconds: 60,
  extendSeconds: 30,
};

/** The same conversation after the agent ended it: in wrap-up until `acwDeadline`. */
export function makeEnded(assigned: AssignedConversation, acwDeadline: string, policy: WrapUpPolicy | null = returnsPolicy): AssignedConversation {
  return AssignedConversationSchema.parse({
    ...assigned,
    conversation: { ...assigned.conversation, status: 'ended', endedAt: new Date().toISOString(), acwDeadline },
    wrapUp: policy,
  });
}
