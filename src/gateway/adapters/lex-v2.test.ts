import { describe, expect, it } from 'vitest';
import { RECEIVED_AT, itNeverThrows, loadPayload, mapIssues, mapOk } from './adapter-test-kit';
import { lexV2Adapter } from './lex-v2';

const booktrip = loadPayload('lex-v2-booktrip-test-event.json');
const failedCall = loadPayload('lex-v2-speech-failed-handoff.json');
const AT = RECEIVED_AT.toISOString();

describe('lex-v2 adapter: published BookTrip test event (aws-samples)', () => {
  const context = mapOk(lexV2Adapter, booktrip);

  it('anchors on sessionId', () => {
    expect(context.source.conversationId).toBe('228357775571292');
  });

  it('maps the session intent, its {score} confidence and the other interpretations', () => {
    expect(context.intent).toEqual({
      name: 'BookHotel',
      label: 'Book hotel',
      confidence: 1,
      alternatives: [
        { name: 'FallbackIntent', label: 'Fallback intent', confidence: null },
        { name: 'BookCar', label: 'Book car', confidence: 0.32 },
      ],
    });
  });

  it('maps slots with their interpreted values as collected facts', () => {
    expect(context.facts.map((f) => [f.key, f.label, f.value, f.status])).toEqual([
      ['checkInDate', 'Check in date', '2022-01-14', 'collected'],
      ['location', 'Location', 'nueva york', 'collected'],
      ['nights', 'Nights', '4', 'collected'],
      ['roomType', 'Room type', 'queen', 'collected'],
    ]);
  });

  it('records the unfinished intent as an abandoned bot step, and the bot message in the transcript', () => {
    expect(context.botSteps).toEqual([{ name: 'BookHotel', outcome: 'abandoned', at: AT, detail: 'state: InProgress' }]);
    expect(context.transcript.map((t) => t.from)).toEqual(['bot']);
    expect(context.transcript[0]?.text).toMatch(/^Bien, tengo una estancia de 4 noches/);
    expect(context.channel).toBe('chat');
  });
});

describe('lex-v2 adapter: failed voice call built from the Lambda input event format', () => {
  const context = mapOk(lexV2Adapter, failedCall);
  const byKey = Object.fromEntries(context.facts.map((f) => [f.key, f]));

  it('reads Speech as voice and the bot locale as a BCP 47 tag', () => {
    expect(context.channel).toBe('voice');
    expect(context.customer.locale).toBe('en-GB');
  });

  it('maps a Failed intent state to a failed step and a failed-step reason', () => {
    expect(context.reason).toEqual({ kind: 'failed-step', detail: 'ResetPassword failed' });
    expect(context.botSteps).toEqual([{ name: 'ResetPassword', outcome: 'failed', at: AT, detail: 'state: Failed' }]);
  });

  it('maps null slots to missing and unresolved ones to invalid with what was said', () => {
    expect(byKey.username).toMatchObject({ value: 'maria.lopez', status: 'collected' });
    expect(byKey.oneTimeCode).toMatchObject({ value: 'four four two nine', status: 'invalid' });
    expect(byKey.dateOfBirth).toMatchObject({ value: null, status: 'missing' });
  });

  it('adds session and request attributes as facts, without x-amz-lex system keys', () => {
    expect(byKey.customerTier).toMatchObject({ value: 'gold', source: 'bot:session' });
    expect(byKey.callerNumber).toMatchObject({ value: '+44 20 7946 0958', source: 'bot:request' });
    expect(context.facts.some((f) => f.key.startsWith('xAmz'))).toBe(false);
    expect(context.routing.queue).toBe('account-security');
  });

  it('scores sentiment from the per-class scores (positive minus negative)', () => {
    expect(context.sentiment.score).toBeCloseTo(-0.89);
    expect(context.transcript[0]).toMatchObject({ from: 'customer', text: 'I already told you the code did not work' });
    expect(context.transcript[0]?.sentiment).toBeCloseTo(-0.89);
    expect(context.intent?.confidence).toBe(0.93);
  });
});

describe('lex-v2 adapter: tolerance', () => {
  it('tolerates an unknown sentiment label without scores: null score, never rejected', () => {
    const context = mapOk(lexV2Adapter, {
      sessionId: 's',
      inputTranscript: 'hm',
      interpretations: [{ intent: { name: 'X' }, sentimentResponse: { sentiment: 'SARCASTIC' } }],
    });
    expect(context.sentiment).toEqual({ score: null, series: [] });
  });

  it('maps published labels when scores are absent', () => {
    const context = mapOk(lexV2Adapter, {
      sessionId: 's',
      interpretations: [{ intent: { name: 'X' }, sentimentResponse: { sentiment: 'NEGATIVE' } }],
    });
    expect(context.sentiment.score).toBe(-0.6);
  });

  it('marks confirmed slots as confirmed facts', () => {
    const context = mapOk(lexV2Adapter, {
      sessionId: 's',
      sessionState: { intent: { name: 'Pay', confirmationState: 'Confirmed', state: 'Fulfilled', slots: { Amount: { value: { interpretedValue: '20' } } } } },
    });
    expect(context.facts[0]).toMatchObject({ key: 'amount', value: '20', status: 'confirmed' });
    expect(context.botSteps[0]?.outcome).toBe('succeeded');
  });

  it('reads FallbackIntent and low transcription confidence as not understood', () => {
    expect(mapOk(lexV2Adapter, { sessionId: 's', sessionState: { intent: { name: 'FallbackIntent' } } }).reason.kind).toBe('not-understood');
    const mumble = mapOk(lexV2Adapter, { sessionId: 's', inputMode: 'Speech', transcriptions: [{ transcription: 'uh', transcriptionConfidence: 0.2 }] });
    expect(mumble.reason).toEqual({ kind: 'not-understood', detail: 'low transcription confidence (0.2)' });
    expect(mumble.transcript[0]?.text).toBe('uh');
  });
});

describe('lex-v2 adapter: rejection', () => {
  it('refuses an event without sessionId', () => {
    expect(mapIssues(lexV2Adapter, { inputTranscript: 'hi' })).toEqual([
      { path: 'sessionId', message: "sessionId is required: it identifies the bot's conversation" },
    ]);
  });
});

describe('lex-v2 adapter: properties', () => {
  itNeverThrows(lexV2Adapter, [booktrip, failedCall]);
});
