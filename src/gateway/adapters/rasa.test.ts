import { describe, expect, it } from 'vitest';
import { RECEIVED_AT, itNeverThrows, loadPayload, mapIssues, mapOk } from './adapter-test-kit';
import { rasaAdapter } from './rasa';

const moodbot = loadPayload('rasa-tracker-moodbot.json');
const damaged = loadPayload('rasa-tracker-damaged-item-handoff.json');

describe('rasa adapter: published moodbot tracker (RasaHQ/rasa)', () => {
  const context = mapOk(rasaAdapter, moodbot);

  it('anchors on sender_id', () => {
    expect(context.source.conversationId).toBe('mysender');
  });

  it('maps latest_message.intent with its ranked alternatives', () => {
    expect(context.intent).toEqual({
      name: 'mood_great',
      label: 'Mood great',
      confidence: 0.6,
      alternatives: [
        { name: 'greet', label: 'Greet', confidence: 0.2 },
        { name: 'goodbye', label: 'Goodbye', confidence: 0.2 },
      ],
    });
  });

  it('turns user events into customer turns with epoch-second timestamps', () => {
    expect(context.transcript.map((t) => [t.from, t.text])).toEqual([
      ['customer', '/greet'],
      ['customer', '/mood_great'],
    ]);
    expect(context.transcript[0]?.at).toBe(new Date(1517821726200.036).toISOString());
  });

  it('keeps utterances and action_listen out of the bot steps (utterances are in the transcript)', () => {
    expect(context.botSteps).toEqual([]);
  });

  it('keeps internal and never-requested null slots out of the facts', () => {
    expect(context.facts).toEqual([]);
  });
});

describe('rasa adapter: damaged item tracker built from the Rasa events reference', () => {
  const context = mapOk(rasaAdapter, damaged);

  it('maps collected slots, and the requested slot still null as missing', () => {
    const byKey = Object.fromEntries(context.facts.map((f) => [f.key, f]));
    expect(byKey.orderNumber).toMatchObject({ label: 'Order number', value: '10045-A', status: 'collected', source: 'bot:slot' });
    expect(byKey.purchaseDate).toMatchObject({ label: 'Purchase date', value: null, status: 'missing' });
    expect(byKey.requestedSlot).toBeUndefined();
    expect(byKey.sessionStartedMetadata).toBeUndefined();
  });

  it('takes the email slot as a customer contact point', () => {
    expect(context.customer.contactPoints).toEqual([{ kind: 'email', value: 'ana.silva@example.com', verified: false }]);
  });

  it('interleaves customer and bot turns from user and bot events', () => {
    expect(context.transcript.map((t) => t.from)).toEqual(['customer', 'bot', 'customer', 'bot', 'customer', 'bot']);
    expect(context.transcript[1]?.text).toBe('Sorry to hear that! What is your order number?');
  });

  it('marks a rejected action as a failed bot step', () => {
    expect(context.botSteps.find((s) => s.name === 'Check warranty')?.outcome).toBe('failed');
    expect(context.botSteps.some((s) => /listen|^utter/i.test(s.name))).toBe(false);
    expect(context.botSteps.every((s) => s.outcome === 'failed' || s.detail === null)).toBe(true);
  });

  it('says the customer asked for a human, after the failed step', () => {
    expect(context.reason).toEqual({ kind: 'asked-for-human', detail: 'asked after Check warranty failed' });
    expect(context.intent?.name).toBe('human_handoff');
    expect(context.intent?.alternatives.map((a) => a.name)).toEqual(['return_item', 'goodbye']);
  });
});

describe('rasa adapter: tolerance', () => {
  it('ignores unknown fields and unknown event types', () => {
    const context = mapOk(rasaAdapter, {
      sender_id: 'x',
      brand_new_field: { deep: [1, 2] },
      events: [{ event: 'some_future_event', whatever: true }, { event: 'user', text: 'hello', timestamp: 'not-a-number' }],
    });
    expect(context.transcript).toEqual([{ id: 'event-1', from: 'customer', text: 'hello', at: null, sentiment: null }]);
    expect(context.intent).toBeNull();
  });

  it('falls back to the last user parse_data when latest_message is missing', () => {
    const context = mapOk(rasaAdapter, {
      sender_id: 'x',
      events: [{ event: 'user', text: 'hi', parse_data: { intent: { name: 'greet', confidence: 1.5 } } }],
    });
    expect(context.intent).toMatchObject({ name: 'greet', confidence: null });
  });

  it('reads nlu_fallback as not understood', () => {
    const context = mapOk(rasaAdapter, { sender_id: 'x', latest_message: { intent: { name: 'nlu_fallback', confidence: 0.3 } } });
    expect(context.reason.kind).toBe('not-understood');
  });

  it('caps a huge transcript to the most recent turns and truncates long texts', () => {
    const events = Array.from({ length: 20_050 }, (_, i) => ({ event: 'user', text: `turn ${i}`, timestamp: 1_700_000_000 + i }));
    events.push({ event: 'bot', text: 'y'.repeat(30_000), timestamp: 1_800_000_000 });
    const context = mapOk(rasaAdapter, { sender_id: 'big', events, slots: { note: 'z'.repeat(5000) } }, RECEIVED_AT);
    expect(context.transcript).toHaveLength(20_000);
    expect(context.transcript.at(-1)?.text).toHaveLength(20_000);
    expect(context.facts[0]?.value).toHaveLength(2000);
  });
});

describe('rasa adapter: rejection', () => {
  it('refuses a tracker without sender_id, naming the field', () => {
    expect(mapIssues(rasaAdapter, { events: [] })).toEqual([
      { path: 'sender_id', message: "sender_id is required: it identifies the bot's conversation" },
    ]);
  });

  it('refuses a payload that is not an object', () => {
    expect(mapIssues(rasaAdapter, [moodbot])[0]?.path).toBe('');
    expect(mapIssues(rasaAdapter, 'tracker')[0]?.message).toMatch(/must be a JSON object/);
  });
});

describe('rasa adapter: properties', () => {
  itNeverThrows(rasaAdapter, [moodbot, damaged]);
});
