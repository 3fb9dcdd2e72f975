import { describe, expect, it } from 'vitest';
import type { Attention } from '../../../shared/contract/ipc';
import type { ConversationMessage } from '../../../shared/domain/message';
import { openContextCache } from '../cache/context-cache';
import { createMemoryKeyValueFile, silentNotifier, type Notifier } from '../ports';
import { createRecordingLogger } from '../testing/recording-logger';
import { assignedConversation, message } from '../testing/work-fixtures';
import { createWorkTracker } from '../work/work-tracker';
import { attentionCount, attentionTooltip } from './attention-words';
import { withMessageNotices } from './message-notices';

function setup(notifier: Notifier) {
  const log = createRecordingLogger();
  const cache = openContextCache({ file: createMemoryKeyValueFile(), scope: { username: 'agent1', gatewayUrl: 'http://127.0.0.1:7400' }, log, limits: { writeDelayMs: 60_000 } });
  const published: string[] = [];
  const names: Record<string, string> = { c1: 'Dana Whitfield' };
  const tracker = createWorkTracker({
    publish: withMessageNotices((event) => published.push(event), { notifier, customerName: (id) => names[id] ?? null, log }),
    notifier,
    cache,
    log,
  });
  tracker.handle({ name: 'conversation:assigned', payload: assignedConversation('c1') });
  const push = (m: ConversationMessage) => tracker.handle({ name: 'conversation:message', payload: m });
  return { tracker, published, push, log };
}

describe('withMessageNotices', () => {
  it('tells the notifier about each new customer message once, with the customer name, and still publishes', () => {
    const seen: { seq: number; name: string | null }[] = [];
    const { push, published } = setup({ notifyOffer() {}, notifyMessage: (m, name) => seen.push({ seq: m.seq, name }) });
    push(message('c1', 1));
    push(message('c1', 1));
    push(message('c1', 2, { from: 'agent', author: 'agent1', authorName: 'Alex', id: 'client-2' }));
    push(message('c1', 3, { kind: 'note', from: 'agent', author: 'agent1', authorName: 'Alex', id: 'client-3' }));
    push(message('c1', 4));
    expect(seen).toEqual([
      { seq: 1, name: 'Dana Whitfield' },
      { seq: 4, name: 'Dana Whitfield' },
    ]);
    expect(published.filter((e) => e === 'conversation:message')).toHaveLength(4);
  });

  it('ignores messages of conversations not assigned here', () => {
    const seen: number[] = [];
    const { push } = setup({ notifyOffer() {}, notifyMessage: (m) => seen.push(m.seq) });
    push(message('elsewhere', 1));
    expect(seen).toEqual([]);
  });

  it('logs a failing notifier and keeps publishing', () => {
    const { push, published, log } = setup({
      notifyOffer() {},
      notifyMessage() {
        throw new Error('no notification daemon');
      },
    });
    push(message('c1', 1));
    expect(published).toContain('conversation:message');
    expect(log.at('warn')).toMatchObject([{ message: 'message notification failed', fields: { conversationId: 'c1', error: 'no notification daemon' } }]);
  });

  it('works with notifiers that only know offers, and the silent notifier does nothing', () => {
    const { push, published } = setup({ notifyOffer() {} });
    push(message('c1', 1));
    expect(published).toContain('conversation:message');
    const attention: Attention = { offers: 1, unread: 2 };
    expect(() => silentNotifier.setAttention?.(attention)).not.toThrow();
  });
});

describe('attention words', () => {
  it('says what waits, in the tooltip and as one badge number', () => {
    expect(attentionTooltip({ offers: 0, unread: 0 })).toBe('Baton');
    expect(attentionTooltip({ offers: 1, unread: 3 })).toBe('Baton — 1 offer waiting, 3 unread');
    expect(attentionTooltip({ offers: 2, unread: 0 })).toBe('Baton — 2 offers waiting');
    expect(attentionTooltip({ offers: 0, unread: 1 })).toBe('Baton — 1 unread');
    expect(attentionCount({ offers: 2, unread: 3 })).toBe(5);
  });
});
