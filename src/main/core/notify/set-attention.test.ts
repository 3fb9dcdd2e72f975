// `app:set-attention` through the real dispatcher and core session: valid counts reach the host's
// notifier (no login needed), anything else is refused before it can touch the badge.
import { describe, expect, it } from 'vitest';
import type { Attention } from '../../../shared/contract/ipc';
import { createDispatcher } from '../ipc/dispatch';
import { createMemoryKeyValueFile, createMemoryPreferences } from '../ports';
import { createRecordingLogger } from '../testing/recording-logger';
import { createCoreSession } from '../session/core-session';

function setup() {
  const received: Attention[] = [];
  const log = createRecordingLogger();
  const core = createCoreSession({
    mode: 'electron',
    version: '9.9.9',
    demo: null,
    defaults: { gatewayUrl: null, username: null },
    prefs: createMemoryPreferences(),
    contextFile: createMemoryKeyValueFile(),
    draftFile: createMemoryKeyValueFile(),
    notifier: { notifyOffer() {}, setAttention: (a) => received.push(a) },
    log,
    publish: () => undefined,
  });
  return { dispatch: createDispatcher({ handlers: core.handlers, log }), received, core };
}

describe('app:set-attention', () => {
  it('hands the counts to the notifier, logged in or not', async () => {
    const { dispatch, received, core } = setup();
    expect(await dispatch('app:set-attention', { offers: 1, unread: 3 })).toEqual({ ok: true, value: null });
    expect(await dispatch('app:set-attention', { offers: 0, unread: 0 })).toEqual({ ok: true, value: null });
    expect(received).toEqual([
      { offers: 1, unread: 3 },
      { offers: 0, unread: 0 },
    ]);
    await core.dispose();
  });

  it.each([
    ['no payload', undefined],
    ['a negative count', { offers: -1, unread: 0 }],
    ['a fraction', { offers: 1.5, unread: 0 }],
    ['a string', { offers: '2', unread: 0 }],
    ['a missing field', { offers: 2 }],
    ['an absurd count', { offers: 1, unread: 1e9 }],
  ])('refuses %s as invalid-request and leaves the badge alone', async (_what, request) => {
    const { dispatch, received, core } = setup();
    await dispatch('app:set-attention', { offers: 2, unread: 1 });
    const refused = await dispatch('app:set-attention', request);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(received).toEqual([{ offers: 2, unread: 1 }]);
    await core.dispose();
  });
});
