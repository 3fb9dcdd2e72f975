// startGateway's intake and routing wiring: bot keys per mode, demo queues, the simulator's life cycle.
import { describe, expect, it } from 'vitest';
import type { LogFields, Logger } from '../shared/log';
import type { RunningGateway } from './server';
import { createMemoryState } from './state/memory-state';
import { gatewaysPerTest, TEST_SECRET, writeConfig } from './testing/gateway-fixture';

const gateways = gatewaysPerTest();
const start = gateways.start;

const post = (gateway: RunningGateway, key: string, body: unknown) =>
  fetch(`${gateway.url}/v1/handoffs`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(body) });

describe('bot key and demo routing', () => {
  it('demo mode generates a bot key and routes by the demo queues', async () => {
    const gateway = await start({ demo: true });
    expect(gateway.botKey).toMatch(/^bk_/);
    const cases: [string, string][] = [
      ['return_damaged_item', 'returns'],
      ['billing_dispute', 'billing'],
      ['password_reset', 'account-security'],
      ['report_outage', 'tech-support'],
      ['change_address', 'general'],
    ];
    for (const [intent, queue] of cases) {
      const response = await post(gateway, gateway.botKey ?? '', { conversationId: `demo-${intent}`, intent: { name: intent, label: intent } });
      expect(response.status).toBe(202);
      expect(((await response.json()) as { queue: string }).queue).toBe(queue);
    }
  });

  it('takes the bot key from the option over BATON_BOT_KEY, and has none otherwise', async () => {
    const configPath = await writeConfig(gateways.dir());
    const withKey = await start({ configPath, secret: TEST_SECRET, botKey: 'an-explicit-bot-key-123' });
    expect(withKey.botKey).toBe('an-explicit-bot-key-123');
    expect((await post(withKey, 'an-explicit-bot-key-123', { conversationId: 'k-1' })).status).toBe(202);

    const saved = process.env.BATON_BOT_KEY;
    delete process.env.BATON_BOT_KEY;
    try {
      const without = await start({ configPath, secret: TEST_SECRET });
      expect(without.botKey).toBeNull();
      const refused = await post(without, 'anything-at-all-here', { conversationId: 'k-2' });
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { error: string }).error).toMatch(/no bot key configured \(set BATON_BOT_KEY\)/);
      await expect(start({ configPath, secret: TEST_SECRET, simulator: true })).rejects.toThrow(/simulator needs a bot key/);
    } finally {
      if (saved !== undefined) process.env.BATON_BOT_KEY = saved;
    }
  });

  it('refuses a short bot key and a silly ring timeout', async () => {
    const configPath = await writeConfig(gateways.dir());
    await expect(start({ configPath, secret: TEST_SECRET, botKey: 'short' })).rejects.toThrow(/bot key .* too short/);
    await expect(start({ demo: true, ringTimeoutSeconds: 0 })).rejects.toThrow(/ringTimeoutSeconds must be more than 0/);
  });
});

describe('simulator', () => {
  it('posts simulated handoffs through the real intake once listening, and stops on close()', async () => {
    const state = createMemoryState();
    const messages: string[] = [];
    const log: Logger = { debug() {}, info: (m: string, _f?: LogFields) => messages.push(m), warn: (m) => messages.push(m), error: (m) => messages.push(m) };
    const gateway = await start({ demo: true, simulator: true, state, log });
    const deadline = Date.now() + 20_000;
    while ((await state.listConversations()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await state.listConversations()).length).toBeGreaterThan(0);
    await gateway.close();
    expect(messages).toContain('simulator stopped');
    expect(messages.indexOf('simulator stopped')).toBeLessThan(messages.indexOf('gateway closed'));
    await state.close();
  });

  it('is off unless asked for', async () => {
    const messages: string[] = [];
    const log: Logger = { debug() {}, info: (m) => messages.push(m), warn() {}, error() {} };
    await start({ demo: true, log });
    expect(messages).not.toContain('simulator started');
  });
});
