// The messages store: ordered by seq with each seq once, unread counting and reading, typing expiry.
import { describe, expect, it } from 'vitest';
import { makeAssigned, makeContext, makeMessage } from '../../test/contexts';
import { createMessagesStore, isTyping, selectMessages, selectUnread, selectUnreadTotal, TYPING_TTL_MS } from './messages.store';

describe('messages store', () => {
  it('merges the list, events and repeats into one log ordered by seq', () => {
    const store = createMessagesStore();
    const a = { ...makeAssigned('a', makeContext()), messages: [makeMessage('a', 2, 'two'), makeMessage('a', 1, 'one')] };
    store.getState().listed([a]);
    store.getState().received(makeMessage('a', 4, 'four'), null);
    store.getState().received(makeMessage('a', 3, 'three'), null);
    store.getState().received(makeMessage('a', 3, 'three again'), null);
    store.getState().listed([a]);
    expect(selectMessages('a')(store.getState()).map((m) => m.text)).toEqual(['one', 'two', 'three', 'four']);
    store.getState().listed([]);
    expect(selectMessages('a')(store.getState())).toEqual([]);
  });

  it('counts only new customer messages of conversations not open, and reading clears them', () => {
    const store = createMessagesStore();
    store.getState().received(makeMessage('a', 1, 'hi'), 'b');
    store.getState().received(makeMessage('a', 1, 'hi'), 'b');
    store.getState().received(makeMessage('a', 2, 'me', { from: 'agent', author: 'agent1' }), 'b');
    store.getState().received(makeMessage('b', 1, 'open one'), 'b');
    expect([selectUnread('a')(store.getState()), selectUnread('b')(store.getState())]).toEqual([1, 0]);
    expect(selectUnreadTotal(store.getState())).toBe(1);
    store.getState().read('a');
    expect(selectUnreadTotal(store.getState())).toBe(0);
  });

  it('treats typing as over after the TTL, on "stopped", or when their message arrives', () => {
    const store = createMessagesStore();
    store.getState().typingChanged({ conversationId: 'a', typing: true }, 1000);
    const at = store.getState().typingAt.a ?? null;
    expect([isTyping(at, 1000 + TYPING_TTL_MS - 1), isTyping(at, 1000 + TYPING_TTL_MS)]).toEqual([true, false]);
    store.getState().received(makeMessage('a', 1, 'hi'), 'a');
    expect(store.getState().typingAt.a).toBeUndefined();
    store.getState().typingChanged({ conversationId: 'a', typing: true }, 2000);
    store.getState().typingChanged({ conversationId: 'a', typing: false }, 2500);
    expect(isTyping(store.getState().typingAt.a ?? null, 2500)).toBe(false);
  });
});
