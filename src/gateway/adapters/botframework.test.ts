import { describe, expect, it } from 'vitest';
import { itNeverThrows, loadPayload, mapIssues, mapOk } from './adapter-test-kit';
import { botframeworkAdapter } from './botframework';

const pva = loadPayload('botframework-pva-directline-handoff.json');
const bare = loadPayload('botframework-handoff-initiate-bare.json');

describe('botframework adapter: published Power Virtual Agents DirectLine response (MicrosoftDocs)', () => {
  const context = mapOk(botframeworkAdapter, pva);

  it('finds handoff.initiate in the activities and anchors on its conversation.id', () => {
    expect(context.source.conversationId).toBe('91hcXEd0ZYCBPoRwBDPHZ6-o');
  });

  it('reads the Transcript attachment ({activities}) with user and bot roles', () => {
    expect(context.transcript.map((t) => [t.from, t.text.split('\n')[0]])).toEqual([
      ['customer', 'store hours'],
      ['bot', "I'm happy to help with store hours."],
      ['bot', 'The Redmond hours are:'],
    ]);
    expect(context.transcript[0]?.at).toBe('2020-02-10T21:51:21.491Z');
  });

  it('takes the customer from relatesTo.user and the intent from va_LastTopic', () => {
    expect(context.customer).toMatchObject({ id: 'pva_H1YHD_be80720b-bdb0-4561-aae2-5f891f2f02e0', displayName: 'C2 User', locale: 'En-US' });
    expect(context.intent).toEqual({ name: 'Lesson 1 - A simple topic', label: 'Lesson 1 a simple topic', confidence: null, alternatives: [] });
  });

  it('lists the topics the bot ran, keeps va_* variables out of facts, and keeps the agent message', () => {
    expect(context.botSteps.map((s) => [s.name, s.outcome])).toEqual([['Topic: Lesson 1 - A simple topic', 'succeeded']]);
    expect(context.facts).toEqual([]);
    expect(context.reason).toEqual({ kind: 'asked-for-human', detail: 'Transferred' });
    expect(context.channel).toBe('chat');
  });
});

describe('botframework adapter: bare handoff.initiate built from the Bot Framework handoff protocol', () => {
  const context = mapOk(botframeworkAdapter, bare);

  it('reads a transcript attachment whose content is an array, skipping non-message activities', () => {
    expect(context.transcript.map((t) => [t.id, t.from, t.text])).toEqual([
      ['act-0001', 'customer', "There is a charge of 49.99 on my card I don't recognise"],
      ['act-0002', 'bot', 'I can help with that. What is your account number?'],
      ['act-0004', 'customer', 'ACC-99812'],
      ['act-0005', 'bot', 'Disputes over 25 USD are handled by our team. Transferring you now.'],
    ]);
  });

  it('maps the context value: intent, routing, reason, and the rest as facts', () => {
    expect(context.intent).toMatchObject({ name: 'DisputeCharge', label: 'Dispute charge', confidence: 0.82 });
    expect(context.routing).toEqual({ queue: null, skills: ['billing'], priority: 7 });
    expect(context.reason).toEqual({ kind: 'policy', detail: 'policy: disputes over 25 USD need a person' });
    expect(context.facts.map((f) => [f.key, f.label, f.value, f.status])).toEqual([
      ['accountNumber', 'Account number', 'ACC-99812', 'collected'],
      ['disputedAmount', 'Disputed amount', '49.99 USD', 'collected'],
    ]);
  });

  it('takes customer contact points from channelData and the account fact', () => {
    expect(context.customer.contactPoints).toEqual([
      { kind: 'email', value: 'lee.chen@example.com', verified: false },
      { kind: 'account', value: 'ACC-99812', verified: false },
    ]);
    expect(context.customer).toMatchObject({ id: 'user-lee', displayName: 'Lee Chen', locale: 'en-US' });
  });
});

describe('botframework adapter: tolerance', () => {
  it('uses the message activities of a DirectLine response when there is no attachment', () => {
    const context = mapOk(botframeworkAdapter, {
      activities: [
        { type: 'message', id: '1', text: "Hello, I'm a Copilot Studio Agent.", from: { role: 'bot' } },
        { type: 'message', id: '2', text: 'speak to a live agent', from: { role: 'user' } },
        { type: 'event', id: '6', name: 'handoff.initiate', conversation: { id: 'c-9' }, value: 'not an object' },
      ],
      watermark: '10',
    });
    expect(context.transcript.map((t) => t.from)).toEqual(['bot', 'customer']);
    expect(context.intent).toBeNull();
  });

  it('falls back to relatesTo.conversation.id', () => {
    const context = mapOk(botframeworkAdapter, { type: 'event', name: 'handoff.initiate', relatesTo: { conversation: { id: 'r-1' } } });
    expect(context.source.conversationId).toBe('r-1');
  });
});

describe('botframework adapter: rejection', () => {
  it('refuses a DirectLine response without a handoff.initiate activity', () => {
    expect(mapIssues(botframeworkAdapter, { activities: [{ type: 'message', text: 'hi' }] })).toEqual([
      { path: 'activities', message: 'no "handoff.initiate" event activity in activities' },
    ]);
  });

  it('refuses another activity', () => {
    expect(mapIssues(botframeworkAdapter, { type: 'message', text: 'hi', conversation: { id: 'c' } })[0]?.path).toBe('name');
  });

  it('names the conversation.id path inside the activities list', () => {
    expect(mapIssues(botframeworkAdapter, { activities: [{}, { type: 'event', name: 'handoff.initiate' }] })).toEqual([
      { path: 'activities.1.conversation.id', message: "activities.1.conversation.id is required: it identifies the bot's conversation" },
    ]);
  });
});

describe('botframework adapter: properties', () => {
  itNeverThrows(botframeworkAdapter, [pva, bare]);
});
