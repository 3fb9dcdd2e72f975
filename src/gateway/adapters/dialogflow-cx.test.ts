import { describe, expect, it } from 'vitest';
import { RECEIVED_AT, itNeverThrows, loadPayload, mapIssues, mapOk } from './adapter-test-kit';
import { dialogflowCxAdapter } from './dialogflow-cx';

const welcome = loadPayload('dialogflow-cx-webhook-request.json');
const telecom = loadPayload('dialogflow-cx-webhook-request-telecom-form.json');
const handoff = loadPayload('dialogflow-cx-live-agent-handoff.json');
const AT = RECEIVED_AT.toISOString();

describe('dialogflow-cx adapter: published welcome WebhookRequest (googleapis samples)', () => {
  const context = mapOk(dialogflowCxAdapter, welcome);

  it('anchors on sessionInfo.session', () => {
    expect(context.source.conversationId).toBe(
      'projects/galstarter-316823/locations/us-central1/agents/0078f973-e212-4c69-a707-a6e66e3270ce/sessions/bd38c7-398-d25-963-7c23a0533',
    );
  });

  it('maps intentInfo.displayName and confidence', () => {
    expect(context.intent).toEqual({ name: 'Default Welcome Intent', label: 'Default Welcome Intent', confidence: 1, alternatives: [] });
  });

  it('takes `text` as the customer turn, stamped with receivedAt', () => {
    expect(context.transcript).toEqual([{ id: 'customer-text', from: 'customer', text: 'hi', at: AT, sentiment: null }]);
  });

  it('reads languageCode as the locale, and the page as a bot step', () => {
    expect(context.customer.locale).toBe('en');
    expect(context.botSteps).toEqual([{ name: 'Page: START_PAGE', outcome: 'succeeded', at: AT, detail: null }]);
    expect(context.reason).toEqual({ kind: 'asked-for-human', detail: 'webhook tag: Default Welcome Intent' });
  });
});

describe('dialogflow-cx adapter: live agent handoff built from the REST reference', () => {
  const context = mapOk(dialogflowCxAdapter, handoff);
  const byKey = Object.fromEntries(context.facts.map((f) => [f.key, f]));

  it('maps form parameter states to fact statuses', () => {
    expect(byKey.orderNumber).toMatchObject({ label: 'Order number', value: 'A-10045', status: 'collected', source: 'bot:form' });
    expect(byKey.purchaseDate).toMatchObject({ value: 'the other day', status: 'invalid' });
    expect(byKey.refundMethod).toMatchObject({ value: null, status: 'missing' });
  });

  it('adds session parameters not already on the form, skipping null ones', () => {
    expect(byKey.email).toMatchObject({ value: 'maria.lopez@example.com', status: 'collected', source: 'bot:session' });
    expect(context.facts.filter((f) => f.key === 'purchaseDate')).toHaveLength(1);
    expect(context.customer.contactPoints).toEqual([{ kind: 'email', value: 'maria.lopez@example.com', verified: false }]);
  });

  it('uses liveAgentHandoff metadata for reason and routing', () => {
    expect(context.reason).toEqual({ kind: 'asked-for-human', detail: 'customer asked for an agent' });
    expect(context.routing).toEqual({ queue: 'billing', skills: [], priority: 8 });
  });

  it('maps sentimentAnalysisResult.score onto the customer turn and the series', () => {
    expect(context.sentiment).toEqual({ score: -0.7, series: [{ at: AT, score: -0.7 }] });
    expect(context.transcript.map((t) => [t.from, t.text, t.sentiment])).toEqual([
      ['customer', 'this is useless, let me talk to a person', -0.7],
      ['bot', "I'm connecting you with a billing specialist now.", null],
    ]);
  });

  it('marks the page step failed because a form parameter is invalid', () => {
    expect(context.botSteps).toEqual([
      { name: 'Page: Collect refund details', outcome: 'failed', at: AT, detail: 'invalid: Purchase date' },
    ]);
    expect(context.intent?.name).toBe('billing.refund_request');
    expect(context.customer.locale).toBe('en-GB');
  });
});

describe('dialogflow-cx adapter: tolerance', () => {
  it('keeps a liveAgentHandoff reason that names another kind', () => {
    const context = mapOk(dialogflowCxAdapter, {
      sessionInfo: { session: 's-1' },
      messages: [{ liveAgentHandoff: { metadata: { reason: 'no-match twice' } } }],
    });
    expect(context.reason.kind).toBe('not-understood');
  });

  it('tolerates unknown parameter states, unknown fields and out-of-range numbers', () => {
    const context = mapOk(dialogflowCxAdapter, {
      sessionInfo: { session: 's-2', parameters: { tier: { nested: true } } },
      pageInfo: { formInfo: { parameterInfo: [{ displayName: 'zip', state: 'SOMETHING_NEW', value: 90210 }, { state: 'FILLED' }] } },
      intentInfo: { displayName: 'x', confidence: 7 },
      sentimentAnalysisResult: { score: -3, magnitude: 'lots' },
      unknownTopLevel: 1,
    });
    expect(context.facts.find((f) => f.key === 'zip')).toMatchObject({ value: '90210', status: 'collected' });
    expect(context.facts.find((f) => f.key === 'tier')?.value).toBe('{"nested":true}');
    expect(context.intent?.confidence).toBeNull();
    expect(context.sentiment.score).toBe(-1);
  });

  it('treats a transcript (voice input) as a voice channel', () => {
    expect(mapOk(dialogflowCxAdapter, { sessionInfo: { session: 's-3' }, transcript: 'hello' }).channel).toBe('voice');
  });
});

describe('dialogflow-cx adapter: rejection', () => {
  it('refuses the published telecom form request: it carries no session', () => {
    expect(mapIssues(dialogflowCxAdapter, telecom)).toEqual([
      { path: 'sessionInfo.session', message: "sessionInfo.session is required: it identifies the bot's conversation" },
    ]);
  });

  it('refuses a session id longer than 500 characters rather than truncating it', () => {
    expect(mapIssues(dialogflowCxAdapter, { sessionInfo: { session: 's'.repeat(501) } })[0]?.path).toBe('sessionInfo.session');
  });
});

describe('dialogflow-cx adapter: properties', () => {
  itNeverThrows(dialogflowCxAdapter, [welcome, telecom, handoff]);
});
