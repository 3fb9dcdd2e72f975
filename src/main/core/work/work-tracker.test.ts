import { describe, expect, it } from 'vitest';
import type { EventChannel, EventPayload } from '../../../shared/contract/ipc';
import type { Offer } from '../../../shared/domain/conversation';
import { openContextCache } from '../cache/context-cache';
import { createMemoryKeyValueFile, type KeyValueFile } from '../ports';
import { createRecordingLogger } from '../testing/recording-logger';
import { assignedConversation, offer } from '../testing/work-fixtures';
import { createWorkTracker } from './work-tracker';

type Published = { [E in EventChannel]: { event: E; payload: EventPayload<E> } }[EventChannel];
const scope = { username: 'agent1', gatewayUrl: 'http://127.0.0.1:7400' };

function setup(options: { file?: KeyValueFile; now?: () => Date; notifyThrows?: boolean } = {}) {
  const published: Published[] = [];
  const notified: Offer[] = [];
  const log = createRecordingLogger();
  const file = options.file ?? createMemoryKeyValueFile();
  const tracker = createWorkTracker({
    publish: (event, payload) => published.push({ event, payload } as Published),
    notifier: {
      notifyOffer: (o) => {
        notified.push(o);
        if (options.notifyThrows) throw new Error('no notification daemon');
      },
    },
    cache: openContextCache({ file, scope, log, limits: { writeDelayMs: 60_000 } }),
    log,
    ...(options.now ? { now: options.now } : {}),
  });
  const events = (name: EventChannel) => published.filter((p) => p.event === name).map((p) => p.payload);
  return { tracker, published, notified, file, log, events };
}

describe('createWorkTracker', () => {
  it('publishes a new offer with its whole context and notifies once, ignoring a duplicate', () => {
    const { tracker, events, notified } = setup();
    const o = offer('o1');
    tracker.handle({ name: 'offer:created', payload: o });
    tracker.handle({ name: 'offer:created', payload: o });
    expect(events('contact:offered')).toEqual([o]);
    expect(notified).toEqual([o]);
    expect(tracker.offers()).toEqual([o]);
  });

  it('still shows the offer when the notification fails', () => {
    const { tracker, events, log } = setup({ notifyThrows: true });
    tracker.handle({ name: 'offer:created', payload: offer('o1') });
    expect(events('contact:offered')).toHaveLength(1);
    expect(log.at('warn').map((e) => e.message)).toEqual(['offer notification failed']);
  });

  it('drops expired offers, judging expiry by the gateway clock', () => {
    let now = new Date('2025-05-01T10:00:00.000Z');
    const { tracker, events } = setup({ now: () => now });
    tracker.handle({ name: 'offer:created', payload: offer('late', { expiresAt: '2025-05-01T09:59:59.000Z' }) });
    expect(events('contact:offered')).toEqual([]);
    tracker.handle({ name: 'offer:created', payload: offer('o1', { expiresAt: '2025-05-01T10:00:20.000Z' }) });
    expect(tracker.offers().map((o) => o.offerId)).toEqual(['o1']);
    now = new Date('2025-05-01T10:00:21.000Z');
    expect(tracker.offers()).toEqual([]);

    now = new Date('2025-05-01T10:00:00.000Z');
    tracker.syncClock('2025-05-01T11:00:00.000Z');
    tracker.handle({ name: 'offer:created', payload: offer('o2', { expiresAt: '2025-05-01T10:30:00.000Z' }) });
    expect(tracker.offers()).toEqual([]);
  });

  it('publishes withdrawals only for offers it holds', () => {
    const { tracker, events } = setup();
    tracker.handle({ name: 'offer:created', payload: offer('o1') });
    tracker.handle({ name: 'offer:withdrawn', payload: { offerId: 'nope', conversationId: 'c-nope', reason: 'timeout' } });
    tracker.handle({ name: 'offer:withdrawn', payload: { offerId: 'o1', conversationId: 'c-o1', reason: 'abandoned' } });
    tracker.handle({ name: 'offer:withdrawn', payload: { offerId: 'o1', conversationId: 'c-o1', reason: 'abandoned' } });
    expect(events('contact:offer-withdrawn')).toEqual([{ offerId: 'o1', conversationId: 'c-o1', reason: 'abandoned' }]);
    expect(tracker.offers()).toEqual([]);
  });

  it('accept: the offer goes, the conversation is assigned once, and a repeated push publishes nothing', () => {
    const { tracker, events } = setup();
    tracker.handle({ name: 'offer:created', payload: offer('o1', { conversationId: 'c1' }) });
    const assigned = assignedConversation('c1');
    tracker.accepted('o1', assigned);
    tracker.handle({ name: 'conversation:assigned', payload: assigned });
    tracker.handle({ name: 'offer:withdrawn', payload: { offerId: 'o1', conversationId: 'c1', reason: 'accepted' } });
    expect(events('contact:offer-withdrawn')).toEqual([{ offerId: 'o1', conversationId: 'c1', reason: 'accepted' }]);
    expect(events('conversation:assigned')).toEqual([assigned]);
    expect(tracker.conversations()).toEqual([assigned]);
  });

  it('an assignment pushed from another desktop withdraws the ringing offer here', () => {
    const { tracker, events } = setup();
    tracker.handle({ name: 'offer:created', payload: offer('o1', { conversationId: 'c1' }) });
    tracker.handle({ name: 'conversation:assigned', payload: assignedConversation('c1') });
    expect(events('contact:offer-withdrawn')).toEqual([{ offerId: 'o1', conversationId: 'c1', reason: 'accepted' }]);
  });

  it('reject withdraws the offer locally', () => {
    const { tracker, events } = setup();
    tracker.handle({ name: 'offer:created', payload: offer('o1') });
    tracker.rejected('o1');
    expect(events('contact:offer-withdrawn')).toEqual([{ offerId: 'o1', conversationId: 'c-o1', reason: 'rejected' }]);
  });

  it('reconciles with a snapshot: gone offers withdrawn, new ones offered, conversations replaced and cached', () => {
    const file = createMemoryKeyValueFile();
    const { tracker, events, notified } = setup({ file });
    tracker.handle({ name: 'offer:created', payload: offer('rang-out') });
    tracker.handle({ name: 'offer:created', payload: offer('taken', { conversationId: 'c2' }) });
    tracker.handle({ name: 'offer:created', payload: offer('still') });
    tracker.handle({ name: 'conversation:assigned', payload: assignedConversation('gone') });
    const c1 = assignedConversation('c1', { acceptedAt: '2025-05-01T10:05:00.000Z' });
    const c2 = assignedConversation('c2', { acceptedAt: '2025-05-01T10:06:00.000Z' });
    tracker.reconcile({ offers: [offer('still'), offer('new')], conversations: [c1, c2] }, tracker.mark());
    expect(events('contact:offer-withdrawn')).toEqual([
      { offerId: 'rang-out', conversationId: 'c-rang-out', reason: 'timeout' },
      { offerId: 'taken', conversationId: 'c2', reason: 'accepted' },
    ]);
    expect(notified.map((o) => o.offerId)).toEqual(['rang-out', 'taken', 'still', 'new']);
    expect(tracker.offers().map((o) => o.offerId)).toEqual(['still', 'new']);
    expect(tracker.conversations()).toEqual([c2, c1]);
    expect(events('conversation:assigned').slice(-2)).toEqual([c1, c2]);
    tracker.close();
    expect(setup({ file }).tracker.conversations()).toEqual([c2, c1]);
  });

  it('keeps what events brought in after the snapshot was asked for (the answer can overtake them)', () => {
    const { tracker, events } = setup();
    tracker.handle({ name: 'offer:created', payload: offer('withdrawn-late') });
    const mark = tracker.mark();
    const late = assignedConversation('late');
    tracker.handle({ name: 'offer:created', payload: offer('arrived-late') });
    tracker.handle({ name: 'conversation:assigned', payload: late });
    tracker.handle({ name: 'offer:withdrawn', payload: { offerId: 'withdrawn-late', conversationId: 'c-withdrawn-late', reason: 'abandoned' } });
    tracker.reconcile({ offers: [offer('withdrawn-late')], conversations: [] }, mark);
    expect(tracker.offers().map((o) => o.offerId)).toEqual(['arrived-late']);
    expect(tracker.conversations()).toEqual([late]);
    expect(events('contact:offered').map((o) => (o as Offer).offerId)).toEqual(['withdrawn-late', 'arrived-late']);

    tracker.reconcile({ offers: [], conversations: [] }, tracker.mark());
    expect(tracker.offers()).toEqual([]);
    expect(tracker.conversations()).toEqual([]);
  });

  it('starts from the cache, and close withdraws ringing offers and stops', () => {
    const file = createMemoryKeyValueFile();
    const first = setup({ file });
    first.tracker.handle({ name: 'conversation:assigned', payload: assignedConversation('c1') });
    first.tracker.handle({ name: 'offer:created', payload: offer('o1') });
    first.tracker.close();
    expect(first.events('contact:offer-withdrawn')).toEqual([{ offerId: 'o1', conversationId: 'c-o1', reason: 'presence-changed' }]);
    first.tracker.handle({ name: 'offer:created', payload: offer('o2') });
    expect(first.events('contact:offered')).toHaveLength(1);
    expect(setup({ file }).tracker.conversations()).toEqual([assignedConversation('c1')]);
  });
});
