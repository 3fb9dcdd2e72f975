// The conversations store: ordering, selection, per-conversation drafts and insert-at-caret.
import { describe, expect, it } from 'vitest';
import { makeAssigned, makeContext, makeOffer } from '../../test/contexts';
import { createConversationsStore, insertAt, selectDraft, selectSelected } from './conversations.store';
import { createOffersStore } from '../offers/offers.store';

describe('insertAt', () => {
  it.each([
    [{ text: '', caret: 0 }, 'A-4417', { text: 'A-4417', caret: 6 }],
    [{ text: 'Order  is fine', caret: 6 }, 'A-4417', { text: 'Order A-4417 is fine', caret: 12 }],
    [{ text: 'Order?', caret: 5 }, 'A-4417', { text: 'Order A-4417?', caret: 12 }],
    [{ text: 'abc', caret: 99 }, 'X', { text: 'abc X', caret: 5 }],
    [{ text: 'abc', caret: 0 }, 'X', { text: 'X abc', caret: 1 }],
  ])('%j + %s → %j', (draft, text, expected) => expect(insertAt(draft, text)).toEqual(expected));
});

describe('conversations store', () => {
  it('orders newest accepted first, keeps drafts per conversation and drops a vanished selection', () => {
    const store = createConversationsStore();
    const a = makeAssigned('a', makeContext(), '2030-01-01T10:00:00.000Z');
    const b = makeAssigned('b', makeContext(), '2030-01-01T11:00:00.000Z');
    store.getState().listed([a, b]);
    expect(store.getState().order).toEqual(['b', 'a']);
    store.getState().select('a');
    store.getState().draftChanged('a', 'hello', 5);
    store.getState().select('b');
    store.getState().insertIntoDraft('b', 'A-1');
    expect(selectDraft('a')(store.getState())).toEqual({ text: 'hello', caret: 5 });
    expect(selectDraft('b')(store.getState())).toEqual({ text: 'A-1', caret: 3 });
    store.getState().select('nope');
    expect(selectSelected(store.getState())?.conversation.conversationId).toBe('b');
    store.getState().listed([a]);
    expect(store.getState().selectedId).toBeNull();
  });
});

describe('conversation status and stepping', () => {
  it('keeps an ended conversation, drops a wrapped one and opens its neighbour; Alt+arrows wrap around', () => {
    const store = createConversationsStore();
    const [a, b, c] = ['a', 'b', 'c'].map((id, i) => makeAssigned(id, makeContext(), `2030-01-01T1${i}:00:00.000Z`));
    if (!a || !b || !c) throw new Error('builders');
    store.getState().listed([a, b, c]);
    expect(store.getState().order).toEqual(['c', 'b', 'a']);
    store.getState().selectAdjacent(1);
    expect(store.getState().selectedId).toBe('c');
    store.getState().selectAdjacent(-1);
    expect(store.getState().selectedId).toBe('a');
    store.getState().selectAdjacent(-1);
    store.getState().updated({ ...b.conversation, status: 'ended' });
    expect(selectSelected(store.getState())?.conversation.status).toBe('ended');
    store.getState().draftChanged('b', 'x', 1);
    store.getState().updated({ ...b.conversation, status: 'wrapped' });
    expect(store.getState()).toMatchObject({ order: ['c', 'a'], selectedId: 'a', drafts: {} });
    store.getState().updated({ ...b.conversation, status: 'active' });
    expect(store.getState().order).toEqual(['c', 'a']);
  });
});

describe('offers store', () => {
  it('reports a replayed offer as not new and removes withdrawn ones', () => {
    const store = createOffersStore();
    const offer = makeOffer('o1', makeContext());
    expect(store.getState().offered(offer)).toBe(true);
    expect(store.getState().offered(offer)).toBe(false);
    expect(store.getState().offers).toHaveLength(1);
    store.getState().actionFailed('o1', 'nope');
    store.getState().withdrawn('o1');
    expect(store.getState()).toMatchObject({ offers: [], errors: {}, pending: {} });
  });
});
