import { describe, expect, it } from 'vitest';
import type { EventChannel, EventPayload } from '../../../shared/contract/ipc';
import type { ConversationMessage } from '../../../shared/domain/message';
import { openContextCache } from '../cache/context-cache';
import { createMemoryKeyValueFile } from '../ports';
import { createRecordingLogger } from '../testing/recording-logger';
import { waitFor } from '../testing/wait-for';
import { assignedConversation, message } from '../testing/work-fixtures';
import { createWorkTracker } from './work-tracker';

type Published = { [E in EventChannel]: { event: E; payload: EventPayload<E> } }[EventChannel];
const scope = { username: 'agent1', gatewayUrl: 'http://127.0.0.1:7400' };

/** `gateway` is what `messages:since` answers from; `fetches` records what was asked. */
function setup(gateway: ConversationMessage[] = [], options: { failFetch?: boolean } = {}) {
  const published: Published[] = [];
  const fetches: { conversationId: string; afterSeq: number }[] = [];
  const log = createRecordingLogger();
  const file = createMemoryKeyValueFile();
  const cache = openContextCache({ file, scope, log, limits: { writeDelayMs: 60_000 } });
  const tracker = createWorkTracker({
    publish: (event, payload) => published.push({ event, payload } as Published),
    notifier: { notifyOffer() {} },
    cache,
    log,
    fetchMessages: (conversationId, afterSeq) => {
      fetches.push({ conversationId, afterSeq });
      if (options.failFetch) return Promise.reject(new Error('offline'));
      return Promise.resolve(gateway.filter((m) => m.conversationId === conversationId && m.seq > afterSeq));
    },
  });
  tracker.handle({ name: 'conversation:assigned', payload: assignedConversation('c1') });
  const shown = () => published.flatMap((p) => (p.event === 'conversation:message' ? [p.payload.seq] : []));
  const stored = () => tracker.conversations().find((c) => c.conversation.conversationId === 'c1')?.messages.map((m) => m.seq);
  const push = (m: ConversationMessage) => tracker.handle({ name: 'conversation:message', payload: m });
  return { tracker, published, fetches, log, shown, stored, push, cache, file };
}

describe('work tracker: conversation messages', () => {
  it('applies messages in seq order and drops duplicates (an echo of our own send included)', () => {
    const { tracker, push, shown, stored, fetches } = setup();
    push(message('c1', 1));
    push(message('c1', 1));
    tracker.sent(message('c1', 2, { from: 'agent', author: 'agent1', authorName: 'Alex', id: 'client-1234' }));
    push(message('c1', 2, { from: 'agent', author: 'agent1', authorName: 'Alex', id: 'client-1234' }));
    push(message('c1', 3, { kind: 'note', from: 'agent', author: 'agent1' }));
    expect(shown()).toEqual([1, 2, 3]);
    expect(stored()).toEqual([1, 2, 3]);
    expect(fetches).toEqual([]);
  });

  it('holds a message past a gap, fetches the gap, then shows all in order', async () => {
    const gateway = [1, 2, 3, 4].map((seq) => message('c1', seq));
    const { push, shown, stored, fetches } = setup(gateway);
    push(message('c1', 1));
    push(message('c1', 4));
    expect(shown()).toEqual([1]);
    await waitFor('gap filled', () => shown().length === 4);
    expect(fetches).toEqual([{ conversationId: 'c1', afterSeq: 1 }]);
    expect(shown()).toEqual([1, 2, 3, 4]);
    expect(stored()).toEqual([1, 2, 3, 4]);
  });

  it('shows what it holds when the gateway says nothing else exists', async () => {
    const { push, shown } = setup([message('c1', 3)]);
    push(message('c1', 3));
    await waitFor('held message shown', () => shown().length === 1);
    expect(shown()).toEqual([3]);
  });

  it('keeps a held message back when the fetch fails, and a later catch-up shows it', async () => {
    const { tracker, push, shown, log, fetches } = setup([], { failFetch: true });
    push(message('c1', 2));
    await waitFor('fetch failed', () => log.at('warn').some((e) => e.message === 'could not fetch missing messages'));
    expect(shown()).toEqual([]);
    expect(fetches).toHaveLength(1);
    await tracker.catchUp();
    expect(fetches).toHaveLength(2);
  });

  it('catches up after a reconnect from the last seq of each conversation', async () => {
    const gateway = [message('c1', 1), message('c1', 2), message('c2', 1)];
    const { tracker, push, shown, fetches } = setup(gateway);
    tracker.handle({ name: 'conversation:assigned', payload: assignedConversation('c2') });
    push(message('c1', 1));
    await tracker.catchUp();
    expect(fetches).toEqual([
      { conversationId: 'c1', afterSeq: 1 },
      { conversationId: 'c2', afterSeq: 0 },
    ]);
    expect(shown()).toEqual([1, 2, 1]);
  });

  it('ignores messages and typing for conversations it does not have', () => {
    const { tracker, push, published } = setup();
    const before = published.length;
    push(message('other', 1));
    tracker.handle({ name: 'conversation:typing', payload: { conversationId: 'other', typing: true } });
    tracker.handle({ name: 'conversation:typing', payload: { conversationId: 'c1', typing: true } });
    expect(published.slice(before)).toEqual([{ event: 'conversation:typing', payload: { conversationId: 'c1', typing: true } }]);
  });

  it('keeps messages in the cache with the conversation', () => {
    const { push, cache, file, log } = setup();
    push(message('c1', 1));
    cache.flush();
    const reopened = openContextCache({ file, scope, log });
    expect(reopened.load()[0]?.messages.map((m) => m.seq)).toEqual([1]);
  });

  it('keeps known messages when a snapshot brings the conversation again, and shows its new ones in order', () => {
    const { tracker, push, stored, shown, published } = setup();
    push(message('c1', 1));
    push(message('c1', 3));
    const fromSnapshot = { ...assignedConversation('c1'), messages: [1, 2, 3, 4].map((seq) => message('c1', seq)) };
    const before = published.length;
    tracker.reconcile({ offers: [], conversations: [fromSnapshot] }, tracker.mark());
    expect(stored()).toEqual([1, 2, 3, 4]);
    expect(shown()).toEqual([1, 2, 3, 4]);
    expect(published.slice(before).map((p) => p.event)).toEqual(['conversation:message', 'conversation:message', 'conversation:message']);
  });
});

describe('work tracker: conversation updates', () => {
  const summary = (status: 'ended' | 'wrapped' | 'abandoned') => ({ ...assignedConversation('c1').conversation, status, endedAt: '2025-05-01T10:05:00.000Z' });

  it('updates the summary and republishes it once', () => {
    const { tracker, published, cache, file, log } = setup();
    tracker.handle({ name: 'conversation:updated', payload: summary('ended') });
    tracker.updated(summary('ended'));
    expect(published.filter((p) => p.event === 'conversation:updated')).toHaveLength(1);
    expect(tracker.conversations()[0]?.conversation.status).toBe('ended');
    cache.flush();
    expect(openContextCache({ file, scope, log }).load()[0]?.conversation.status).toBe('ended');
  });

  it.each(['wrapped', 'abandoned'] as const)('a %s conversation leaves the list and the cache', (status) => {
    const { tracker, published, cache, file, log, push, shown } = setup();
    tracker.handle({ name: 'conversation:updated', payload: summary(status) });
    expect(published.at(-1)).toEqual({ event: 'conversation:updated', payload: summary(status) });
    expect(tracker.conversations()).toEqual([]);
    cache.flush();
    expect(openContextCache({ file, scope, log }).load()).toEqual([]);
    push(message('c1', 1));
    expect(shown()).toEqual([]);
  });

  it('a snapshot does not bring back a wrapped conversation', () => {
    const { tracker } = setup();
    const wrapped = { ...assignedConversation('c1'), conversation: summary('wrapped') };
    tracker.reconcile({ offers: [], conversations: [wrapped] }, tracker.mark());
    expect(tracker.conversations()).toEqual([]);
  });
});
