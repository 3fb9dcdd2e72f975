import { describe, expect, it } from 'vitest';
import { itNeverThrows, loadPayload, mapIssues, mapOk } from './adapter-test-kit';
import { chatwootAdapter } from './chatwoot';

const messageCreated = loadPayload('chatwoot-webhook-message_created.json');
const statusChanged = loadPayload('chatwoot-webhook-conversation_status_changed.json');

describe('chatwoot adapter: published message_created webhook (chatwoot/docs)', () => {
  const context = mapOk(chatwootAdapter, messageCreated);

  it('anchors on the nested conversation.id', () => {
    expect(context.source.conversationId).toBe('10');
  });

  it('merges the new top-level message with the conversation messages, in time order', () => {
    expect(context.transcript.map((t) => [t.id, t.from, t.text, t.at])).toEqual([
      ['118', 'customer', 'hi', '2021-07-23T18:02:48.000Z'],
      ['120', 'bot', 'Get notified by email', '2021-07-23T18:02:49.000Z'],
    ]);
  });

  it('takes the customer from conversation.meta.sender and the referer as a journey page', () => {
    expect(context.customer).toMatchObject({ id: '14', displayName: 'little-haze-776', contactPoints: [], verification: null });
    expect(context.journey.events).toEqual([
      { kind: 'page', label: 'Started the chat from this page', url: 'http://localhost:3000/widget_tests', at: '2021-07-23T18:02:48.000Z' },
    ]);
    expect(context.channel).toBe('chat');
  });
});

describe('chatwoot adapter: published conversation_status_changed webhook (chatwoot/docs)', () => {
  const context = mapOk(chatwootAdapter, statusChanged);

  it('reads the conversation at the top level', () => {
    expect(context.source.conversationId).toBe('10');
    expect(context.transcript.map((t) => [t.from, t.text])).toEqual([['bot', 'Get notified by email']]);
  });

  it('maps meta.sender contact points', () => {
    expect(context.customer.displayName).toBe('jane');
    expect(context.customer.contactPoints).toEqual([{ kind: 'email', value: 'jane@acme.inc', verified: false }]);
    expect(context.reason.kind).toBe('asked-for-human');
  });
});

describe('chatwoot adapter: tolerance', () => {
  const conversation = {
    event: 'conversation_updated',
    id: 77,
    channel: 'Channel::Whatsapp',
    priority: 'urgent',
    labels: ['billing', 'vip'],
    custom_attributes: { order_number: 'A-1', queue: 'returns', handoff_reason: 'bot failed to find the order' },
    contact_inbox: { hmac_verified: true },
    meta: {
      sender: { id: 5, name: 'Sam', phone_number: '+15550100', identifier: 'crm-5', custom_attributes: { tier: 'gold', plan: 'pro' } },
      team: { name: 'Support' },
    },
    messages: [
      { id: 1, content: 'where is my order', message_type: 0, created_at: 1700000000 },
      { id: 2, content: 'Let me check', message_type: 1, sender_type: 'AgentBot', created_at: 1700000005 },
      { id: 3, content: 'Conversation was marked open', message_type: 2, created_at: 1700000010 },
      { id: 4, content: 'Hi Sam, Jo here', message_type: 'outgoing', sender_type: 'User', created_at: 1700000020 },
      { id: 5, content: 'odd', message_type: 42, created_at: 1700000030, brand_new: true },
    ],
  };
  const context = mapOk(chatwootAdapter, conversation);

  it('maps message types 0/1/2, an agent-written outgoing message, and tolerates unknown types', () => {
    expect(context.transcript.map((t) => t.from)).toEqual(['customer', 'bot', 'system', 'agent', 'system']);
  });

  it('maps custom attributes to facts and routing, labels to skills, priority words to numbers', () => {
    expect(context.facts.map((f) => [f.key, f.value, f.source])).toEqual([
      ['orderNumber', 'A-1', 'chatwoot:conversation'],
      ['tier', 'gold', 'chatwoot:contact'],
      ['plan', 'pro', 'chatwoot:contact'],
    ]);
    expect(context.routing).toEqual({ queue: 'returns', skills: ['billing', 'vip'], priority: 10 });
    expect(context.reason).toEqual({ kind: 'failed-step', detail: 'bot failed to find the order' });
  });

  it('maps identity, tier and channel', () => {
    expect(context.customer.verification?.method).toMatch(/HMAC/);
    expect(context.customer.tier).toBe('gold');
    expect(context.customer.contactPoints.map((c) => c.kind)).toEqual(['phone', 'account']);
    expect(context.channel).toBe('messaging');
  });
});

describe('chatwoot adapter: rejection', () => {
  it('refuses a message_created payload whose conversation has no id', () => {
    expect(mapIssues(chatwootAdapter, { event: 'message_created', content: 'hi', conversation: { messages: [] } })).toEqual([
      { path: 'conversation.id', message: "conversation.id is required: it identifies the bot's conversation" },
    ]);
  });

  it('refuses a conversation event without an id', () => {
    expect(mapIssues(chatwootAdapter, { event: 'conversation_status_changed', status: 'open' })[0]?.path).toBe('id');
  });
});

describe('chatwoot adapter: properties', () => {
  itNeverThrows(chatwootAdapter, [messageCreated, statusChanged]);
});

describe('chatwoot adapter: a bot handoff that records its classification (built from the definition)', () => {
  const context = mapOk(chatwootAdapter, loadPayload('chatwoot-bot-handoff.json'));

  it('takes the intent from the custom attributes, in words, and keeps it out of the facts', () => {
    expect(context.intent).toMatchObject({ name: 'return_damaged_item', label: 'Return damaged item', confidence: 0.88 });
    expect(context.facts.map((f) => f.key)).not.toContain('intent');
    expect(context.facts.map((f) => f.key)).not.toContain('intentConfidence');
  });

  it('keeps the order number as a collected fact and the HMAC identity as verification', () => {
    expect(context.facts).toContainEqual(expect.objectContaining({ key: 'orderNumber', value: 'A-20931', status: 'collected' }));
    expect(context.customer.verification?.method).toMatch(/HMAC/);
  });

  it('has no intent when the bot recorded none', () => {
    expect(mapOk(chatwootAdapter, statusChanged).intent).toBeNull();
  });
});
