// Integration: a bot hands over to the real gateway over HTTP, and the real core session (link, work
// tracker, context cache on a real `conf` file) shows the offer, accepts or rejects it, and a new core
// session on the same data dir shows the assigned conversation before the gateway's snapshot.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/gateway/server';
import { createDispatcher, type Dispatch } from '../../src/main/core/ipc/dispatch';
import { createReconnectPolicy } from '../../src/main/core/link/reconnect-policy';
import { createMemoryPreferences } from '../../src/main/core/ports';
import { createCoreSession, type CoreSession } from '../../src/main/core/session/core-session';
import { createRecordingLogger, type RecordingLogger } from '../../src/main/core/testing/recording-logger';
import { waitFor } from '../../src/main/core/testing/wait-for';
import type { EventChannel, EventPayload } from '../../src/shared/contract/ipc';
import type { Result } from '../../src/shared/contract/result';
import { createConfContextFile, createConfDraftFile } from '../../src/web/conf-context-file';

type Published = { [E in EventChannel]: { event: E; payload: EventPayload<E> } }[EventChannel];

const BOT_KEY = 'integration-bot-key-0123456789';
const SECRET = 'integration-secret-0123456789-abcdefghij';
let gateway: RunningGateway;
let tmp: string;
const sessions: CoreSession[] = [];

beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'baton-handoff-'));
  gateway = await startGateway({ demo: true, port: 0, host: '127.0.0.1', secret: SECRET, dataDir: path.join(tmp, 'gateway'), botKey: BOT_KEY, simulator: false });
});

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.dispose();
  await gateway.close();
  await rm(tmp, { recursive: true, force: true });
});

/** A core session as the web host builds one: the context cache in `<tmp>/desktop` through conf. */
function desktop(log: RecordingLogger = createRecordingLogger()) {
  const published: Published[] = [];
  const core = createCoreSession({
    mode: 'browser',
    version: '0.0.0-test',
    demo: gateway.demo,
    defaults: { gatewayUrl: gateway.url, username: 'agent1' },
    prefs: createMemoryPreferences(),
    contextFile: createConfContextFile({ dataDir: path.join(tmp, 'desktop'), log }),
    draftFile: createConfDraftFile({ dataDir: path.join(tmp, 'desktop'), log }),
    log,
    publish: (event, payload) => published.push({ event, payload } as Published),
    link: { reconnect: createReconnectPolicy({ initialDelayMs: 50, maxDelayMs: 200 }) },
  });
  sessions.push(core);
  const dispatch: Dispatch = createDispatcher({ handlers: core.handlers, log });
  const of = <E extends EventChannel>(event: E) => published.filter((p) => p.event === event).map((p) => p.payload as EventPayload<E>);
  const logIn = (username = 'agent1') => dispatch('session:log-in', { gatewayUrl: gateway.url, username, password: 'baton-demo' });
  const online = () => waitFor('link online', () => of('link:state-changed').some((s) => s.status === 'online'));
  return { core, dispatch, published, of, logIn, online, log };
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function handOver(botConversationId: string, name = 'Dana Whitfield'): Promise<string> {
  const response = await fetch(`${gateway.url}/v1/handoffs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${BOT_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      conversationId: botConversationId,
      customer: { displayName: name, verification: { method: 'sms-otp' } },
      intent: { name: 'return_damaged_item', label: 'Return a damaged item', confidence: 0.91 },
      facts: [{ key: 'orderNumber', label: 'Order number', value: 'A-1001', status: 'confirmed' }],
      transcript: [
        { id: 't1', from: 'customer', text: 'My kettle arrived broken.' },
        { id: 't2', from: 'bot', text: 'Sorry to hear that. What is your order number?' },
      ],
      sentiment: { score: -0.6 },
    }),
    signal: AbortSignal.timeout(5000),
  });
  expect(response.status).toBe(202);
  return ((await response.json()) as { conversationId: string }).conversationId;
}

async function availableAgent1(log?: RecordingLogger) {
  const agent = desktop(log);
  value(await agent.logIn());
  await agent.online();
  value(await agent.dispatch('presence:set', { state: 'available' }));
  return agent;
}

describe('handoff → offer → accept / reject, through the real gateway and core', () => {
  it('offers the whole context, accepts it, and a new session on the same data dir shows it before the snapshot', async () => {
    const first = await availableAgent1();
    const conversationId = await handOver('bot-42');

    const offered = await waitFor('contact:offered', () => first.of('contact:offered').find((o) => o.conversationId === conversationId));
    expect(offered.context).toMatchObject({
      customer: { displayName: 'Dana Whitfield', verification: { method: 'sms-otp' } },
      intent: { label: 'Return a damaged item' },
      facts: [{ key: 'orderNumber', value: 'A-1001', status: 'confirmed' }],
      transcript: [{ text: 'My kettle arrived broken.' }, { from: 'bot' }],
      source: { format: 'native', conversationId: 'bot-42' },
    });
    expect(value<{ offerId: string }[]>(await first.dispatch('contact:list-offers', undefined)).map((o) => o.offerId)).toEqual([offered.offerId]);

    const assigned = value<{ conversation: { conversationId: string; assignedTo: string | null } }>(
      await first.dispatch('contact:accept', { offerId: offered.offerId }),
    );
    expect(assigned.conversation).toMatchObject({ conversationId, assignedTo: 'agent1' });
    expect(first.of('conversation:assigned').map((c) => c.conversation.conversationId)).toContain(conversationId);
    expect(first.of('contact:offer-withdrawn')).toContainEqual({ offerId: offered.offerId, conversationId, reason: 'accepted' });
    expect(value(await first.dispatch('contact:list-offers', undefined))).toEqual([]);
    const listed = value<{ conversation: { conversationId: string }; context: unknown }[]>(await first.dispatch('conversation:list', undefined));
    expect(listed.map((c) => c.conversation.conversationId)).toEqual([conversationId]);
    await first.core.dispose();

    // A restart: a new core session, same data dir. Right after login the link is not online yet, so
    // what conversation:list returns can only come from the cache.
    const second = desktop();
    value(await second.logIn());
    const linkAtList = value<{ status: string }>(await second.dispatch('link:get-state', undefined));
    const cached = value<{ conversation: { conversationId: string }; context: { facts: { value: string }[] } }[]>(
      await second.dispatch('conversation:list', undefined),
    );
    expect(linkAtList.status).not.toBe('online');
    expect(cached.map((c) => c.conversation.conversationId)).toEqual([conversationId]);
    expect(cached[0]?.context.facts[0]?.value).toBe('A-1001');
    await second.online();
    await waitFor('snapshot reconciled', () => second.log.entries.some((e) => e.message === 'work reconciled with the gateway'));
    const refreshed = value<{ conversation: { conversationId: string } }[]>(await second.dispatch('conversation:list', undefined));
    expect(refreshed.map((c) => c.conversation.conversationId)).toEqual([conversationId]);

    // Another agent on the same profile sees nothing of agent1's.
    const other = desktop();
    value(await other.logIn('agent2'));
    expect(value(await other.dispatch('conversation:list', undefined))).toEqual([]);
  });

  it('rejects an offer: that offer goes away and cannot be accepted afterwards', async () => {
    const agent = await availableAgent1();
    const conversationId = await handOver('bot-7', 'Sam Reyes');
    const offered = await waitFor('contact:offered', () => agent.of('contact:offered').find((o) => o.conversationId === conversationId));
    expect(await agent.dispatch('contact:reject', { offerId: offered.offerId })).toEqual({ ok: true, value: null });
    expect(agent.of('contact:offer-withdrawn')).toContainEqual({ offerId: offered.offerId, conversationId, reason: 'rejected' });
    // agent1 is the only one available, so the gateway may ring them again later, as a new offer.
    const ringing = value<{ offerId: string }[]>(await agent.dispatch('contact:list-offers', undefined));
    expect(ringing.map((o) => o.offerId)).not.toContain(offered.offerId);
    expect(value(await agent.dispatch('conversation:list', undefined))).toEqual([]);
    // The gateway's refusal reaches the agent as its own words.
    const again = await agent.dispatch('contact:accept', { offerId: offered.offerId });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(again.ok ? '' : again.error.message).toMatch(/offer/i);
  });

  it('rebuilds from the gateway snapshot when the cache file is garbage', async () => {
    const first = await availableAgent1();
    const conversationId = await handOver('bot-9');
    const offered = await waitFor('contact:offered', () => first.of('contact:offered').find((o) => o.conversationId === conversationId));
    value(await first.dispatch('contact:accept', { offerId: offered.offerId }));
    await first.core.dispose();
    await writeFile(path.join(tmp, 'desktop', 'context-cache.json'), '\u0000\u0001 not json {{{');

    const log = createRecordingLogger();
    const second = desktop(log);
    value(await second.logIn());
    expect(value(await second.dispatch('conversation:list', undefined))).toEqual([]);
    expect(log.at('warn').map((e) => e.message)).toContain('context cache: file unreadable; starting empty until the gateway snapshot refills it');
    const assigned = await waitFor('assigned from the snapshot', () =>
      second.of('conversation:assigned').find((c) => c.conversation.conversationId === conversationId),
    );
    expect(assigned.context.intent?.label).toBe('Return a damaged item');
    const listed = value<{ conversation: { conversationId: string } }[]>(await second.dispatch('conversation:list', undefined));
    expect(listed.map((c) => c.conversation.conversationId)).toEqual([conversationId]);
  });

  it('reconciles after a reconnect: what the gateway no longer has is withdrawn and dropped', async () => {
    const agent = await availableAgent1();
    const kept = await handOver('bot-1');
    const first = await waitFor('first offer', () => agent.of('contact:offered').find((o) => o.conversationId === kept));
    value(await agent.dispatch('contact:accept', { offerId: first.offerId }));
    const ringing = await handOver('bot-2', 'Sam Reyes');
    const second = await waitFor('second offer', () => agent.of('contact:offered').find((o) => o.conversationId === ringing));

    // The gateway restarts on the same port with the same secret (the token stays valid) but empty state.
    const port = gateway.port;
    await gateway.close();
    await waitFor('link offline', () => agent.of('link:state-changed').at(-1)?.status === 'offline');
    gateway = await startGateway({ demo: true, port, host: '127.0.0.1', secret: SECRET, dataDir: path.join(tmp, 'gateway'), botKey: BOT_KEY });
    await waitFor('withdrawn after the snapshot', () =>
      agent.of('contact:offer-withdrawn').find((w) => w.offerId === second.offerId && w.reason === 'timeout'),
    );
    expect(value(await agent.dispatch('contact:list-offers', undefined))).toEqual([]);
    expect(value(await agent.dispatch('conversation:list', undefined))).toEqual([]);
  });

  it('refuses accept with a clear error while the gateway is unreachable', async () => {
    const agent = await availableAgent1();
    await gateway.close();
    await waitFor('link offline', () => agent.of('link:state-changed').at(-1)?.status === 'offline');
    expect(await agent.dispatch('contact:accept', { offerId: 'o-1' })).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(await agent.dispatch('contact:reject', { offerId: 'o-1' })).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });
});
