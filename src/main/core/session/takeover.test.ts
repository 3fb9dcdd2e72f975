import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CANNED } from '../../../gateway/config/demo-canned';
import { startGateway, type RunningGateway } from '../../../gateway/server';
import type { EventChannel, EventPayload } from '../../../shared/contract/ipc';
import { BatonError } from '../../../shared/contract/result';
import type { CannedResponse } from '../../../shared/domain/canned';
import type { LinkState } from '../../../shared/domain/link';
import { silentLogger } from '../../../shared/log';
import { createDispatcher } from '../ipc/dispatch';
import { createGatewayLink, type GatewayLink } from '../link/gateway-link';
import { createReconnectPolicy } from '../link/reconnect-policy';
import { createMemoryKeyValueFile, createMemoryPreferences } from '../ports';
import { waitFor } from '../testing/wait-for';
import { createCannedHandlers } from './canned-handlers';
import { createCoreSession, type CoreSession } from './core-session';

type Published = { [E in EventChannel]: { event: E; payload: EventPayload<E> } }[EventChannel];

let gateway: RunningGateway;
let dataDir: string;
const cores: CoreSession[] = [];
const links: GatewayLink[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'baton-core-takeover-'));
  gateway = await startGateway({ demo: true, port: 0, dataDir });
});

afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose();
  for (const link of links.splice(0)) link.close();
  await gateway.close();
  await rm(dataDir, { recursive: true, force: true });
});

function desktop() {
  const published: Published[] = [];
  const core = createCoreSession({
    mode: 'browser',
    version: '9.9.9',
    demo: gateway.demo,
    defaults: { gatewayUrl: null, username: null },
    prefs: createMemoryPreferences(),
    contextFile: createMemoryKeyValueFile(),
    draftFile: createMemoryKeyValueFile(),
    log: silentLogger,
    publish: (event, payload) => published.push({ event, payload } as Published),
    link: { reconnect: createReconnectPolicy({ initialDelayMs: 20, maxDelayMs: 50 }) },
  });
  cores.push(core);
  const dispatch = createDispatcher({ handlers: core.handlers, log: silentLogger });
  const links = () => published.flatMap((p) => (p.event === 'link:state-changed' ? [p.payload] : []));
  const logIn = async () => {
    await dispatch('session:log-in', { gatewayUrl: gateway.url, username: 'agent1', password: 'baton-demo' });
    await waitFor('link online', () => links().at(-1)?.status === 'online');
  };
  return { core, dispatch, links, logIn };
}

describe('a second desktop session for the same agent', () => {
  it('takes over: the first goes unauthorized with the gateway\'s reason, keeps its session and stops retrying', async () => {
    const a = desktop();
    const b = desktop();
    await a.logIn();
    await b.logIn();

    const last = await waitFor('A unauthorized', () => {
      const state = a.links().at(-1);
      return state?.status === 'unauthorized' ? state : null;
    });
    expect(last.reason).toMatch(/^You signed in on another desktop at \d\d:\d\d\.$/);
    // B's round trips give A's link time to retry, if it wrongly did.
    expect(await b.dispatch('presence:set', { state: 'available' })).toMatchObject({ ok: true });
    expect(await b.dispatch('canned:list', undefined)).toMatchObject({ ok: true });
    expect(a.links().at(-1)?.status).toBe('unauthorized');
    expect(a.links().slice(a.links().indexOf(last)).map((s) => s.status)).toEqual(['unauthorized']);
    expect(a.core.link()?.state().status).toBe('unauthorized');
    expect(await a.dispatch('session:get', undefined)).toMatchObject({ ok: true, value: { username: 'agent1' } });
    expect(b.links().at(-1)?.status).toBe('online');
  });

  it('lists the gateway\'s canned responses through the core', async () => {
    const a = desktop();
    await a.logIn();
    expect(await a.dispatch('canned:list', undefined)).toEqual({ ok: true, value: DEMO_CANNED });
  });
});

describe('the link of a replaced login', () => {
  it('is refused with session-replaced and shows the gateway\'s sentence, without retrying', async () => {
    const tokenFor = async () => {
      const response = await fetch(`${gateway.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'agent1', password: 'baton-demo' }) });
      return ((await response.json()) as { token: string }).token;
    };
    const open = (token: string) => {
      const states: LinkState[] = [];
      const link = createGatewayLink({ url: gateway.url, token, log: silentLogger, onState: (s) => states.push(s), onEvent: () => {}, heartbeatIntervalMs: 0 });
      links.push(link);
      return states;
    };
    const old = await tokenFor();
    const a = open(old);
    await waitFor('A online', () => a.at(-1)?.status === 'online');
    const b = open(await tokenFor());
    await waitFor('B online', () => b.at(-1)?.status === 'online');
    await waitFor('A told', () => a.at(-1)?.status === 'unauthorized');

    const again = open(old);
    const refused = await waitFor('refused', () => (again.at(-1)?.status === 'unauthorized' ? again.at(-1) : null));
    expect(refused.reason).toMatch(/^You signed in on another desktop at \d\d:\d\d\.$/);
    expect(again.map((s) => s.status)).toEqual(['connecting', 'unauthorized']);
  });
});

describe('canned:list cache', () => {
  function counted(answers: (() => Promise<CannedResponse[]>)[]) {
    let calls = 0;
    let generation = 1;
    const live = { request: () => answers[calls++]?.() ?? Promise.reject(new Error('no more answers')) } as unknown as GatewayLink;
    const handlers = createCannedHandlers({ requireLink: () => ({ live }), generation: () => generation });
    return { list: () => handlers['canned:list'](undefined), calls: () => calls, relogin: () => (generation += 1) };
  }
  const one: CannedResponse[] = [{ id: 'a', title: 'A', text: 'a', tags: [] }];

  it('asks the gateway once per login', async () => {
    const c = counted([() => Promise.resolve(one), () => Promise.resolve([])]);
    expect(await c.list()).toEqual(one);
    expect(await c.list()).toEqual(one);
    expect(c.calls()).toBe(1);
    c.relogin();
    expect(await c.list()).toEqual([]);
    expect(c.calls()).toBe(2);
  });

  it('does not cache a failure', async () => {
    const c = counted([() => Promise.reject(new BatonError('unreachable', 'down')), () => Promise.resolve(one)]);
    await expect(c.list()).rejects.toThrow('down');
    expect(await c.list()).toEqual(one);
  });
});
