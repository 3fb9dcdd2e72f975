import { describe, expect, it } from 'vitest';
import { itNeverThrows, loadPayload, mapIssues, mapOk } from './adapter-test-kit';
import { nativeAdapter } from './native';

const native = loadPayload('native-handoff.json');

describe('native adapter', () => {
  const context = mapOk(nativeAdapter, native);

  it('builds source from conversationId and keeps the body verbatim', () => {
    expect(context.source.conversationId).toBe('acme-bot-5521');
  });

  it('keeps intent, facts and transcript as sent, filling defaults', () => {
    expect(context.intent).toEqual({ name: 'cancel_subscription', label: 'Cancel subscription', confidence: 0.93, alternatives: [] });
    expect(context.facts[0]).toEqual({
      key: 'subscriptionId',
      label: 'Subscription',
      value: 'SUB-7731',
      status: 'confirmed',
      source: 'bot',
      sensitive: false,
    });
    expect(context.transcript.map((t) => [t.from, t.text])).toEqual([
      ['customer', 'I want to cancel my subscription'],
      ['bot', 'I can help. A colleague will confirm the cancellation.'],
    ]);
  });

  it('ignores unknown fields and a caller-supplied source', () => {
    const body = { conversationId: 'c1', source: { format: 'rasa', conversationId: 'spoof' }, extra: 1 };
    const ctx = mapOk(nativeAdapter, body);
    expect(ctx.source).toEqual({ format: 'native', conversationId: 'c1', raw: body });
  });

  it('refuses a body without conversationId, and bad fields, with dotted paths', () => {
    expect(mapIssues(nativeAdapter, {}).map((i) => i.path)).toEqual(['conversationId']);
    const issues = mapIssues(nativeAdapter, { conversationId: 'c', facts: [{ key: 'k', label: 'K', status: 'maybe' }] });
    expect(issues.map((i) => i.path)).toEqual(['facts.0.status']);
  });

  itNeverThrows(nativeAdapter, [native]);
});
