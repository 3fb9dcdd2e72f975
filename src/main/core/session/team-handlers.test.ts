// The team and wellbeing paths through real core sessions and a real gateway: `team:list` is forwarded
// (a supervisor gets the team, an agent gets `forbidden`), and the gateway's `team:agent-changed` and
// `wellbeing:suggestion` events reach the renderer as events of the same name.
import { afterEach, describe, expect, it } from 'vitest';
import type { EventChannel, EventPayload } from '../../../shared/contract/ipc';
import { AgentStatusSchema } from '../../../shared/domain/team';
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
  const people = [{ username: 'ana' }, { username: 'sam', role: 'supervisor' as const }];
  const gateway = await startRoutingGateway(people, { wellbeing: { streakLength: 1 } }, { acwSeconds: 0 });
  open.gateways.push(gateway);
  const { url } = gateway.gateway;
  return { url, ana: await desktop(url, 'ana'), sam: await desktop(url, 'sam') };
}

describe('team and wellbeing in the core', () => {
  it('forwards team:list: the supervisor gets every agent, an agent gets forbidden', async () => {
    const { ana, sam } = await setup();
    const team = await sam.dispatch('team:list', undefined);
    if (!team.ok) throw new Error(team.error.message);
    expect(AgentStatusSchema.array().parse(team.value).map((s) => [s.username, s.online, s.negativeStreak])).toEqual([['ana', true, 0]]);
    expect(await ana.dispatch('team:list', undefined)).toEqual({ ok: false, error: { code: 'forbidden', message: 'Only supervisors can see the team.' } });
  });

  it('publishes team:agent-changed to the supervisor and wellbeing:suggestion to the agent', async () => {
    const { url, ana, sam } = await setup();
    await ana.dispatch('presence:set', { state: 'available' });
    await waitFor('ana available for sam', () => sam.all('team:agent-changed').some((s) => s.presence.state === 'available'));
    await postHandoff(url, nativeHandoff('wb-core', { sentiment: { score: -0.9 } }));
    const offer = await waitFor('offer to ana', () => ana.all('contact:offered')[0]);
    expect((await ana.dispatch('contact:accept', { offerId: offer.offerId })).ok).toBe(true);
    expect((await ana.dispatch('conversation:end', { conversationId: offer.conversationId })).ok).toBe(true);
    const suggestion = await waitFor('suggestion', () => ana.all('wellbeing:suggestion')[0]);
    expect(suggestion).toMatchObject({ streak: 1, conversationId: offer.conversationId, breakMinutes: 5 });
    await waitFor('streak for sam', () => sam.all('team:agent-changed').some((s) => s.username === 'ana' && s.negativeStreak === 1));
    expect(ana.all('team:agent-changed')).toEqual([]);
  });
});
