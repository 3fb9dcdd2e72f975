// Simulated customers against a real loopback HTTP server speaking the channel API: typing around a
// reply, angrier on repeated asks, calmer with empathy, stop(), a 500, determinism, simulator wiring.
import { afterEach, describe, expect, it } from 'vitest';
import type { LogFields, Logger } from '../../shared/log';
import { createCustomerSessions, type CustomerSessions } from './customer-sessions';
import { startFakeChannelGateway, type FakeChannelGateway } from './fake-channel-gateway';
import { mulberry32 } from './random';
import { startSimulator } from './simulator';

const KEY = 'test-bot-key-0123456789';
const CONTEXT = {
  customer: { displayName: 'Avery Sampleton' },
  facts: [
    { key: 'orderNumber', label: 'Order number', value: 'A-4417', status: 'confirmed' as const },
    { key: 'refundMethod', label: 'Refund method', value: null, status: 'missing' as const },
  ],
  sentiment: { score: -0.3 },
};

type Line = { level: string; message: string; fields: LogFields };
function memoryLog(): Logger & { lines: Line[] } {
  const lines: Line[] = [];
  const at = (level: string) => (message: string, fields: LogFields = {}) => void lines.push({ level, message, fields });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(): Promise<{ fake: FakeChannelGateway; log: ReturnType<typeof memoryLog>; sessions: CustomerSessions }> {
  const fake = await startFakeChannelGateway(KEY);
  cleanups.push(() => fake.close());
  const log = memoryLog();
  const sessions = createCustomerSessions({ gatewayUrl: fake.url, botKey: KEY, log, replyDelayMs: 0, pollMs: 10 });
  cleanups.push(() => sessions.stop());
  return { fake, log, sessions };
}

/** The agent says something; resolves with the customer's answer to it. */
async function exchange(fake: FakeChannelGateway, id: string, text: string): Promise<string> {
  const before = fake.customerMessages(id).length;
  fake.agentSays(id, text);
  await expect.poll(() => fake.customerMessages(id).length, { timeout: 10_000 }).toBe(before + 1);
  return fake.customerMessages(id).at(-1) ?? '';
}

const moodChanges = (log: ReturnType<typeof memoryLog>) => log.lines.filter((l) => l.message === 'simulated customer mood changed').map((l) => l.fields);

describe('createCustomerSessions', () => {
  it('answers an agent question with the scenario story, typing on before and off after', async () => {
    const { fake, sessions } = await setup();
    fake.open('c1', CONTEXT);
    sessions.add({ conversationId: 'c1', scenario: 'damaged-return', seed: 1 });
    const reply = await exchange(fake, 'c1', 'Hi, I am Ana. How can I help?');
    expect(reply).toContain('My order arrived damaged.');
    const posts = fake.requests.filter((r) => r.method === 'POST').map((r) => `${r.path} ${JSON.stringify(r.body)}`);
    expect(posts[0]).toBe('/v1/conversations/c1/typing {"typing":true}');
    expect(posts[1]).toMatch(/^\/v1\/conversations\/c1\/messages \{"text":".+","id":"sim-c1-c1"\}$/);
    await expect.poll(() => fake.requests.filter((r) => r.method === 'POST').length).toBe(3);
    expect(fake.requests.filter((r) => r.method === 'POST')[2]?.body).toEqual({ typing: false });
  });

  it('gets angrier when the agent asks for what the bot already had, and says the known value', async () => {
    const { fake, log, sessions } = await setup();
    fake.open('c2', CONTEXT);
    sessions.add({ conversationId: 'c2', scenario: 'damaged-return', seed: 2 });
    const reply = await exchange(fake, 'c2', 'Can you confirm your order number?');
    expect(reply).toContain('As I told the bot, my order number is A-4417.');
    expect(reply).toMatch(/Seriously|repeating/);
    expect(moodChanges(log)).toEqual([{ conversationId: 'c2', scenario: 'damaged-return', from: -1, to: -2 }]);
  });

  it('calms down when the agent is empathetic', async () => {
    const { fake, log, sessions } = await setup();
    fake.open('c3', CONTEXT);
    sessions.add({ conversationId: 'c3', scenario: 'damaged-return', seed: 3 });
    const reply = await exchange(fake, 'c3', "I'm really sorry, I understand how annoying that is.");
    expect(reply).toMatch(/appreciate|understanding|thank you/i);
    expect(moodChanges(log)).toEqual([{ conversationId: 'c3', scenario: 'damaged-return', from: -1, to: 0 }]);
  });

  it('says goodbye and ends the chat after a resolution when it decides to leave; stops when the chat is over', async () => {
    const { fake, log, sessions } = await setup();
    for (let seed = 1; seed <= 4; seed += 1) {
      fake.open(`bye${seed}`, CONTEXT);
      sessions.add({ conversationId: `bye${seed}`, scenario: 'damaged-return', seed });
    }
    for (let seed = 1; seed <= 4; seed += 1) await exchange(fake, `bye${seed}`, 'I have sent you a replacement, it is done.');
    for (let seed = 1; seed <= 4; seed += 1) expect(await exchange(fake, `bye${seed}`, 'Thank you! Anything else?')).toMatch(/bye|good day/i);
    // Each customer has decided once it made any request after the typing-off that follows its goodbye: /end or the next poll.
    const decided = (id: string): boolean => {
      const goodbye = fake.requests.findIndex((r) => r.path === `/v1/conversations/${id}/messages` && JSON.stringify(r.body).includes(`"sim-${id}-c2"`));
      const later = fake.requests.slice(goodbye + 1);
      const typingOff = later.findIndex((r) => r.path === `/v1/conversations/${id}/typing` && JSON.stringify(r.body) === '{"typing":false}');
      return goodbye >= 0 && typingOff >= 0 && later.slice(typingOff + 1).some((r) => r.path.startsWith(`/v1/conversations/${id}`));
    };
    await expect.poll(() => [1, 2, 3, 4].every((seed) => decided(`bye${seed}`))).toBe(true);
    const ended = [...fake.conversations.entries()].filter(([, c]) => c.status === 'ended').map(([id]) => id);
    await expect.poll(() => log.lines.filter((l) => l.message.includes('ended the chat')).length).toBe(ended.length);
    expect(fake.requests.filter((r) => r.path.endsWith('/end'))).toHaveLength(ended.length);
    const stayed = [...fake.conversations.keys()].filter((id) => !ended.includes(id));
    expect(stayed.length).toBeGreaterThan(0);
    for (const id of stayed) {
      const conversation = fake.conversations.get(id);
      if (conversation) conversation.status = 'wrapped';
    }
    await expect.poll(() => log.lines.filter((l) => l.message === 'simulated customer done: the conversation is over').length, { timeout: 10_000 }).toBe(stayed.length);
  });

  it('stop() halts polling: no request for its conversations after it resolves', async () => {
    const { fake, sessions } = await setup();
    fake.open('s1', CONTEXT);
    fake.open('s2', CONTEXT);
    sessions.add({ conversationId: 's1', scenario: 'billing-dispute', seed: 1 });
    const other = createCustomerSessions({ gatewayUrl: fake.url, botKey: KEY, log: memoryLog(), replyDelayMs: 0, pollMs: 10 });
    cleanups.push(() => other.stop());
    await expect.poll(() => fake.requests.filter((r) => r.path.startsWith('/v1/conversations/s1/messages')).length).toBeGreaterThan(2);
    await sessions.stop();
    // A request aborted by stop() may still reach the server's log a moment later: let that settle
    // (a loop still polling every 10 ms would keep adding requests, which the check below catches).
    await new Promise((resolve) => setTimeout(resolve, 200));
    const count = fake.requests.filter((r) => r.path.includes('/s1')).length;
    // The other customer polling on proves time passed in which s1 would have polled again.
    other.add({ conversationId: 's2', scenario: 'billing-dispute', seed: 2 });
    await expect.poll(() => fake.requests.filter((r) => r.path.includes('/s2')).length, { timeout: 10_000 }).toBeGreaterThan(10);
    expect(fake.requests.filter((r) => r.path.includes('/s1'))).toHaveLength(count);
    sessions.add({ conversationId: 's1', scenario: 'billing-dispute', seed: 1 });
    await expect(sessions.stop()).resolves.toBeUndefined();
  });

  it('gives up after its lifetime, and leaves a conversation the gateway does not know', async () => {
    const fake = await startFakeChannelGateway(KEY);
    cleanups.push(() => fake.close());
    const log = memoryLog();
    const sessions = createCustomerSessions({ gatewayUrl: fake.url, botKey: KEY, log, replyDelayMs: 0, pollMs: 10, maxLifetimeMs: 100 });
    cleanups.push(() => sessions.stop());
    fake.open('l1', CONTEXT);
    sessions.add({ conversationId: 'l1', scenario: 'cancellation', seed: 1 });
    sessions.add({ conversationId: 'nobody', scenario: 'cancellation', seed: 2 });
    await expect.poll(() => log.lines.filter((l) => l.level === 'info').map((l) => `${String(l.fields['conversationId'])}: ${l.message}`), { timeout: 10_000 }).toEqual(
      expect.arrayContaining(['l1: simulated customer gave up waiting', 'nobody: simulated customer left: the gateway no longer has the conversation']),
    );
    expect(log.lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
  });

  it('logs a 500 from the gateway and keeps going', async () => {
    const { fake, log, sessions } = await setup();
    fake.open('e1', CONTEXT);
    fake.failing = true;
    sessions.add({ conversationId: 'e1', scenario: 'damaged-return', seed: 5 });
    await expect.poll(() => log.lines.find((l) => l.level === 'warn')?.fields, { timeout: 10_000 }).toMatchObject({ conversationId: 'e1', status: 500, body: '{"error":"boom"}' });
    expect(log.lines.find((l) => l.level === 'warn')?.message).toBe('simulated customer could not read the conversation');
    fake.failing = false;
    expect(await exchange(fake, 'e1', 'How can I help today?')).toContain('My order arrived damaged.');
    expect(log.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('is deterministic per seed: the same agent lines get the same answers', async () => {
    const { fake, sessions } = await setup();
    const script = ['Hello, how can I help?', 'Which refund method would you like?', 'OK, one moment please.', 'Can I have your order number?', 'Right, I have sent the refund.'];
    const run = async (id: string, seed: number): Promise<string[]> => {
      fake.open(id, CONTEXT);
      sessions.add({ conversationId: id, scenario: 'damaged-return', seed });
      const replies: string[] = [];
      for (const line of script) replies.push(await exchange(fake, id, line));
      return replies;
    };
    const first = await run('d1', 99);
    expect(await run('d2', 99)).toEqual(first);
    expect(await run('d3', 100)).not.toEqual(first);
  });
});

describe('startSimulator with customers', () => {
  it('starts a customer for each accepted handoff, playing that handoff\'s scenario', async () => {
    const fake = await startFakeChannelGateway(KEY);
    cleanups.push(() => fake.close());
    const simulator = startSimulator({ gatewayUrl: fake.url, botKey: KEY, log: memoryLog(), intervalMs: 10, random: mulberry32(7), replyDelayMs: 0 });
    cleanups.push(() => simulator.stop());
    await expect.poll(() => fake.conversations.has('fake-1'), { timeout: 10_000 }).toBe(true);
    // The catalog starts with the damaged-item return.
    expect(await exchange(fake, 'fake-1', 'Hi there, how can I help?')).toContain('My order arrived damaged.');
    await simulator.stop();
    expect(fake.requests.some((r) => r.path === '/v1/conversations/fake-1/typing')).toBe(true);
  });
});
