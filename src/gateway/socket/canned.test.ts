import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { LoginResponseSchema } from '../../shared/contract/http';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/contract/protocol';
import { CannedResponseSchema } from '../../shared/domain/canned';
import { fillTemplate } from '../../shared/domain/template';
import { DEMO_CANNED } from '../config/demo-canned';
import { loadConfig } from '../config/load-config';
import { startGateway, type RunningGateway } from '../server';
import { login, makeTempDir, TEST_SECRET, writeConfig } from '../testing/gateway-fixture';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const CANNED = [
  { id: 'hello', title: 'Hello', text: 'Hi {{customer.firstName}}', tags: ['start'] },
  { id: 'bye', title: 'Bye', text: 'Bye from {{agent.firstName}}' },
];

async function gatewayWith(extra: Record<string, unknown>): Promise<RunningGateway> {
  const temp = await makeTempDir();
  cleanup.push(temp.remove);
  const gateway = await startGateway({ configPath: await writeConfig(temp.dir, undefined, extra), secret: TEST_SECRET, dataDir: join(temp.dir, 'data'), port: 0 });
  cleanup.push(() => gateway.close());
  return gateway;
}

async function listFrom(gateway: RunningGateway): Promise<unknown> {
  const { token } = LoginResponseSchema.parse(await (await login(gateway.url, 'ana', 'ana-password')).json());
  const client: Client = connect(gateway.url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  cleanup.push(() => Promise.resolve(void client.disconnect()));
  await new Promise((resolve) => client.once('session:ready', resolve));
  return client.emitWithAck('canned:list', {});
}

describe('canned responses', () => {
  it('lists the configured canned responses on the socket, tags defaulted', async () => {
    const gateway = await gatewayWith({ canned: CANNED });
    expect(await listFrom(gateway)).toEqual({ ok: true, value: [CANNED[0], { ...CANNED[1], tags: [] }] });
  });

  it('lists none when the config has none', async () => {
    expect(await listFrom(await gatewayWith({}))).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['a duplicate id', [CANNED[0], CANNED[0]], /duplicate canned response id "hello"/],
    ['an empty text', [{ id: 'x', title: 'X', text: '' }], /canned/],
    ['a missing title', [{ id: 'x', text: 'Hi' }], /canned/],
  ])('refuses a config with %s', async (_name, canned, message) => {
    const temp = await makeTempDir();
    cleanup.push(temp.remove);
    await expect(loadConfig(await writeConfig(temp.dir, undefined, { canned }))).rejects.toThrow(message);
  });

  it('seeds valid demo responses that use only variables the template knows', () => {
    expect(DEMO_CANNED.length).toBeGreaterThanOrEqual(8);
    expect(new Set(DEMO_CANNED.map((c) => c.id)).size).toBe(DEMO_CANNED.length);
    for (const canned of DEMO_CANNED) {
      expect(CannedResponseSchema.parse(canned)).toEqual(canned);
      const names = [...canned.text.matchAll(/\{\{([^}]+)\}\}/g)].map((m) => m[1] ?? '');
      expect(names.every((n) => /^(customer\.(firstName|name|email)|agent\.firstName|fact\.\w+)$/.test(n))).toBe(true);
    }
    const filled = fillTemplate(DEMO_CANNED[0]?.text ?? '', { context: { customer: { id: null, displayName: 'Maya Okafor', contactPoints: [], verification: null, tier: null, segment: null, locale: null }, facts: [] }, agentName: 'Priya Shah' });
    expect(filled).toMatchObject({ missing: [] });
    expect(filled.text).toContain('Hi Maya');
  });
});
