// Attention end to end inside the renderer: counts reach the host (once per change), the title and the
// browser app badge follow them, a notification click brings an offer or conversation forward, and
// customer messages the agent is not looking at get one calm web notification per conversation.
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../shared/contract/ipc';
import { makeAssigned, makeContext, makeMessage, makeOffer, mariaContext } from '../../test/contexts';
import { demoInfo, sessionFor } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';
import type { AlertPermission } from '../offers/alerting';
import { attentionTitle } from './attention-counts';
import type { AttentionEnv } from './connect-attention';
import { createMessageNotices } from './message-notices';

const tomContext = () => makeContext({ customer: { displayName: 'Tom Baker' } });

function setup(mode: AppInfo['mode'] = 'electron', permission: AlertPermission = 'granted') {
  const badge: (number | 'clear')[] = [];
  const notified: { title: string; body: string; tag: string; open: (() => void) | undefined }[] = [];
  let clock = 1_000_000;
  const focus = vi.fn();
  const env: AttentionEnv = {
    doc: document,
    win: { focus },
    appBadge: {
      set: (n) => {
        badge.push(n);
        return Promise.resolve();
      },
      clear: () => {
        badge.push('clear');
        return Promise.resolve();
      },
    },
    notices: createMessageNotices({
      backend: { permission: () => permission, notify: (title, body, tag, open) => notified.push({ title, body, tag, open }) },
      now: () => clock,
    }),
  };
  const app = renderApp(
    {
      'app:get-info': () => ({ ok: true, value: { ...demoInfo, mode } }),
      'session:get': () => ({ ok: true, value: sessionFor('agent1') }),
      'conversation:list': () => ({
        ok: true,
        value: [makeAssigned('c-maria', mariaContext(), '2030-01-01T10:00:00.000Z'), makeAssigned('c-tom', tomContext(), '2030-01-01T09:00:00.000Z')],
      }),
    },
    { attention: env },
  );
  const sent = () => app.baton.callsTo('app:set-attention');
  const advance = (ms: number) => {
    clock += ms;
  };
  return { ...app, sent, badge, notified, focus, advance };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('attention counts', () => {
  it('sends offers and unread to the host once per change, and puts the total in the title', async () => {
    const { baton, stores, sent } = setup();
    await screen.findByRole('region', { name: 'Conversations' });
    await waitFor(() => expect(stores.conversations.getState().order).toHaveLength(2));
    act(() => stores.conversations.getState().select('c-maria'));
    await waitFor(() => expect(sent()).toEqual([{ offers: 0, unread: 0 }]));
    expect(document.title).toBe('Baton');

    await act(async () => {
      baton.emit('contact:offered', makeOffer('o1', makeContext({ customer: { displayName: 'Ada' } })));
      baton.emit('conversation:message', makeMessage('c-tom', 1, 'Hello?'));
      baton.emit('conversation:message', makeMessage('c-tom', 2, 'Anyone there?'));
      baton.emit('conversation:message', makeMessage('c-tom', 2, 'Anyone there?'));
      baton.emit('conversation:message', makeMessage('c-maria', 1, 'Seen at once: this one is open'));
      await Promise.resolve();
    });
    expect(sent()).toEqual([
      { offers: 0, unread: 0 },
      { offers: 1, unread: 2 },
    ]);
    expect(document.title).toBe('(3) Baton');

    await act(async () => {
      stores.conversations.getState().select('c-tom');
      baton.emit('contact:offer-withdrawn', { offerId: 'o1', conversationId: 'conv-o1', reason: 'timeout' });
      await Promise.resolve();
    });
    expect(sent().at(-1)).toEqual({ offers: 0, unread: 0 });
    expect(document.title).toBe('Baton');
  });

  it('says "(n) Baton" only when something waits', () => {
    expect(attentionTitle({ offers: 0, unread: 0 })).toBe('Baton');
    expect(attentionTitle({ offers: 2, unread: 5 })).toBe('(7) Baton');
  });

  it('uses the app badge in browser mode only', async () => {
    const electron = setup('electron');
    await screen.findByRole('region', { name: 'Conversations' });
    await act(async () => {
      electron.baton.emit('contact:offered', makeOffer('o1', mariaContext()));
      await Promise.resolve();
    });
    expect(electron.badge).toEqual([]);
    electron.unmount();
    electron.disconnect();

    const browser = setup('browser');
    await screen.findByRole('region', { name: 'Conversations' });
    await act(async () => {
      browser.baton.emit('contact:offered', makeOffer('o2', mariaContext()));
      await Promise.resolve();
    });
    expect(browser.badge).toEqual([1]);
    await act(async () => {
      browser.baton.emit('contact:offer-withdrawn', { offerId: 'o2', conversationId: 'conv-o2', reason: 'rejected' });
      await Promise.resolve();
    });
    expect(browser.badge).toEqual([1, 'clear']);
  });
});

describe('app:focus-conversation', () => {
  it('opens an assigned conversation in the workspace', async () => {
    const { baton, stores, focus } = setup();
    await waitFor(() => expect(stores.conversations.getState().order).toHaveLength(2));
    act(() => baton.emit('app:focus-conversation', { conversationId: 'c-tom' }));
    expect(stores.conversations.getState().selectedId).toBe('c-tom');
    expect(await screen.findByRole('heading', { name: /Tom Baker/ })).toBeInTheDocument();
    expect(focus).toHaveBeenCalled();
  });

  it("puts keyboard focus on a ringing offer's Accept button", async () => {
    const { baton, stores } = setup();
    await waitFor(() => expect(stores.conversations.getState().order).toHaveLength(2));
    act(() => stores.conversations.getState().select('c-maria'));
    act(() => {
      baton.emit('contact:offered', makeOffer('o1', makeContext({ customer: { displayName: 'Ada' } })));
      baton.emit('contact:offered', makeOffer('o2', makeContext({ customer: { displayName: 'Bea' } })));
    });
    act(() => baton.emit('app:focus-conversation', { conversationId: 'conv-o1' }));
    const ada = screen.getByRole('article', { name: 'Incoming contact from Ada' });
    expect(document.activeElement).toBe(ada.querySelector('button[aria-label="Accept"]'));
    expect(stores.conversations.getState().selectedId).toBe('c-maria');
  });

  it('ignores a conversation that is no longer here', async () => {
    const { baton, stores } = setup();
    await waitFor(() => expect(stores.conversations.getState().order).toHaveLength(2));
    act(() => stores.conversations.getState().select('c-maria'));
    act(() => baton.emit('app:focus-conversation', { conversationId: 'gone-long-ago' }));
    expect(stores.conversations.getState().selectedId).toBe('c-maria');
  });
});

describe('message notifications in browser mode', () => {
  it('notifies for a customer message in a conversation not in view, once per conversation per 30 s; a click opens it', async () => {
    const { baton, stores, notified, advance } = setup('browser');
    await waitFor(() => expect(stores.conversations.getState().order).toHaveLength(2));
    act(() => stores.conversations.getState().select('c-maria'));
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    act(() => {
      baton.emit('conversation:message', makeMessage('c-tom', 1, 'Is   anyone\nthere?'));
      baton.emit('conversation:message', makeMessage('c-tom', 2, 'Hello??'));
      baton.emit('conversation:message', makeMessage('c-maria', 1, 'In view: no notification'));
      baton.emit('conversation:message', makeMessage('c-tom', 3, 'Agent note', { from: 'agent', kind: 'note', author: 'agent1', authorName: 'Alex', id: 'n-3' }));
    });
    expect(notified.map(({ title, body, tag }) => ({ title, body, tag }))).toEqual([{ title: 'Tom Baker', body: 'Is anyone there?', tag: 'message:c-tom' }]);

    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    advance(31_000);
    act(() => {
      baton.emit('conversation:message', makeMessage('c-maria', 2, 'Tab in the background'));
      baton.emit('conversation:message', makeMessage('c-tom', 4, 'Still waiting'));
    });
    expect(notified.map((n) => n.title)).toEqual(['Tom Baker', 'Maria Lopez', 'Tom Baker']);

    act(() => notified[0]?.open?.());
    expect(stores.conversations.getState().selectedId).toBe('c-tom');
  });

  it('shows nothing without permission, and nothing in Electron mode (main notifies there)', async () => {
    const denied = setup('browser', 'denied');
    await waitFor(() => expect(denied.stores.conversations.getState().order).toHaveLength(2));
    act(() => denied.baton.emit('conversation:message', makeMessage('c-tom', 1, 'Hi')));
    expect(denied.notified).toEqual([]);
    denied.unmount();
    denied.disconnect();

    const electron = setup('electron');
    await waitFor(() => expect(electron.stores.conversations.getState().order).toHaveLength(2));
    act(() => electron.baton.emit('conversation:message', makeMessage('c-tom', 1, 'Hi')));
    expect(electron.notified).toEqual([]);
  });
});
