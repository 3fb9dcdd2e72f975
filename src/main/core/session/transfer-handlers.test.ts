// The transfer invoke handlers through two real core sessions and a real gateway: a cold transfer leaves
// the sender's desktop at once and reaches the named agent with the note; warm cancel keeps it; refusals
// come back as clear errors.
import { afterEach, describe, expect, it } from 'vitest';
import type { EventChannel, EventPayload } from '../../../shared/contract/ipc';
import { silentLogger } from '../../../shared/log';
import { nativeHandoff, PASSWORD, postHandoff, startRoutingGateway, type RoutingGateway } from '../../../gateway/testing/handoff-fixture';
import { createDispatcher } from '../ipc/dispatch';
import { createReconnectPolicy } from '../link/reconnect-policy';
import { createMemoryKeyValueFile, createMemoryPreferences } from '../ports';
import { waitFor } from '../testing/wait-for';
import { createCoreSession, type CoreSession } from './core-session';

type Published = { [E in EventChannel]: { event: E; payload: EventPayload<E> } }[EventChannel];

const open: { gateways: RoutingGateway[]; cores: CoreSession[] } = { gateways: [], cores: [] };

afterEach(async () => {
  await Promise.all(open.cores.splice(0).map((c) => c.dispose()));
  await Promise.all(open.gateways.splice(0).map((g) => g.stop()));
});

const NOTE = 'Wants a refund; order A-1001 confirmed';

async function desktop(url: string, username: string) {
  const published: Published[] = [];
  const core = createCoreSession({
    mode: 'browser',
    version: '9.9.9',
    demo: null,
    defaults: { gatewayUrl: null, username: null },
    prefs: createMemoryPreferences(),
    contextFile: createMemoryKeyValueFile(),
    draftFile: createMemoryKeyValueFile(),
    log: silentLogger,
    publish: (event, payload) => published.push({ event, payload } as Published),
    link: { reconnect: createReconnectPolicy({ initialDelayMs: 50, maxDelayMs: 200 }) },
  });
  open.cores.push(core);
  const dispatch = createDispatcher({ handlers: core.handlers, log: silentLogger });
  const all = <E extends EventChannel>(event: E) => published.filter((p) => p.event === event).map((p) => p.payload as EventPayload<E>);
  const login = await dispatch('session:log-in', { gatewayUrl: url, username, password: PASSWORD });
  if (!login.ok) throw new Error(login.error.message);
  await waitFor('link online', () => all('link:state-changed').at(-1)?.status === 'online');
  return { dispatch, all };
}

async function setup() {
  const gateway = await startRoutingGateway([{ username: 'ana' }, { username: 'bo' }]);
  open.gateways.push(gateway);
  const { url } = gateway.gateway;
  const ana = await desktop(url, 'ana');
  const bo = await desktop(url, 'bo');
  await bo.dispatch('presence:set', { state: 'busy' });
  await ana.dispatch('presence:set', { state: 'available' });
  await postHandoff(url, nativeHandoff('chat-1'));
  const offer = await waitFor('offer to ana', () => ana.all('contact:offered')[0]);
  const accepted = await ana.dispatch('contact:accept', { offerId: offer.offerId });
  if (!accepted.ok) throw new Error(accepted.error.message);
  return { ana, bo, conversationId: offer.conversationId };
}

describe('transfer invoke handlers', () => {
  it('lists the directory, transfers cold to a named agent and drops it from the sender at once', async () => {
    const { ana, bo, conversationId } = await setup();
    expect(await ana.dispatch('directory:list', undefined)).toMatchObject({
      ok: true,
      value: { queues: [{ id: 'general' }], agents: [{ username: 'bo', online: true, presence: 'busy' }] },
    });
    const sent = await ana.dispatch('transfer:request', { conversationId, target: { kind: 'agent', username: 'bo' }, mode: 'cold', note: NOTE });
    expect(sent).toMatchObject({ ok: true, value: { status: 'offered', assignedTo: null } });
    expect(await ana.dispatch('conversation:list', undefined)).toEqual({ ok: true, value: [] });
    const offer = await waitFor('offer to bo', () => bo.all('contact:offered')[0]);
    expect(offer.transfer).toMatchObject({ fromName: 'Test ana', note: NOTE });
    const accepted = await bo.dispatch('contact:accept', { offerId: offer.offerId });
    expect(accepted).toMatchObject({ ok: true, value: { transfers: [{ note: NOTE, state: 'done' }] } });
  });

  it('cancels a warm transfer: the sender keeps the conversation', async () => {
    const { ana, bo, conversationId } = await setup();
    const sent = await ana.dispatch('transfer:request', { conversationId, target: { kind: 'agent', username: 'bo' }, mode: 'warm', note: NOTE });
    expect(sent).toMatchObject({ ok: true, value: { status: 'active', assignedTo: 'ana' } });
    await waitFor('warm offer to bo', () => bo.all('contact:offered')[0]);
    expect(await ana.dispatch('transfer:cancel', { conversationId })).toMatchObject({ ok: true, value: { assignedTo: 'ana' } });
    await waitFor('offer withdrawn', () => bo.all('contact:offer-withdrawn')[0]);
    expect(await ana.dispatch('conversation:list', undefined)).toMatchObject({ ok: true, value: [{ conversation: { conversationId, assignedTo: 'ana' } }] });
  });

  it('refuses a missing note, a stranger and a session-less request with clear errors', async () => {
    const { ana, bo, conversationId } = await setup();
    const blank = await ana.dispatch('transfer:request', { conversationId, target: { kind: 'queue', queue: 'general' }, mode: 'cold', note: '  ' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!blank.ok && blank.error.message).toMatch(/handover note/);
    const stranger = await bo.dispatch('transfer:request', { conversationId, target: { kind: 'queue', queue: 'general' }, mode: 'cold', note: NOTE });
    expect(!stranger.ok && stranger.error.message).toMatch(/not assigned to you/);
    await ana.dispatch('session:log-out', undefined);
    expect(await ana.dispatch('directory:list', undefined)).toMatchObject({ ok: false, error: { code: 'not-logged-in' } });
    expect(await ana.dispatch('transfer:cancel', { conversationId })).toMatchObject({ ok: false, error: { code: 'not-logged-in' } });
  });
});
