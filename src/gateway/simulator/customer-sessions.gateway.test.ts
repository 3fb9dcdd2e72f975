// A simulated customer against the REAL gateway: an agent accepts over socket.io and writes; the
// customer's typing and replies reach the agent. Skipped (with the reason printed) while the gateway
// has no channel message endpoint yet.
import { afterEach, expect, it } from 'vitest';
import type { ConversationMessage, Typing } from '../../shared/domain/message';
import type { LogFields, Logger } from '../../shared/log';
import { connectAgent, nativeHandoff, postHandoff, startRoutingGateway, TEST_BOT_KEY, type RoutingGateway, type TestAgent } from '../testing/handoff-fixture';
import { createCustomerSessions, type CustomerSessions } from './customer-sessions';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function memoryLog(): Logger & { lines: { level: string; message: string; fields: LogFields }[] } {
  const lines: { level: string; message: string; fields: LogFields }[] = [];
  const at = (level: string) => (message: string, fields: LogFields = {}) => void lines.push({ level, message, fields });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

it('answers a real agent through the real gateway, typing first', async () => {
  const gateway: RoutingGateway = await startRoutingGateway([{ username: 'ana' }]);
  cleanups.push(() => gateway.stop());
  const { url } = gateway.gateway;
  const ana: TestAgent = await connectAgent(url, 'ana');
  cleanups.push(() => ana.close());
  await ana.setPresence('available');
  const posted = await postHandoff(url, nativeHandoff('sim-real-1'));
  const conversationId = String(posted.body['conversationId']);

  // An empty message body is refused with 400 and stores nothing: the customer's path is the real one.
  const probe = await fetch(`${url}/v1/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_BOT_KEY}`, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(probe.status).toBe(400);

  const seen: ConversationMessage[] = [];
  const typing: Typing[] = [];
  ana.client.on('conversation:message', (message) => void seen.push(message));
  ana.client.on('conversation:typing', (signal) => void typing.push(signal));
  const log = memoryLog();
  const sessions: CustomerSessions = createCustomerSessions({ gatewayUrl: url, botKey: TEST_BOT_KEY, log, replyDelayMs: 0, pollMs: 20 });
  cleanups.push(() => sessions.stop());
  sessions.add({ conversationId, scenario: 'damaged-return', seed: 1 });

  const offer = await ana.next('offer:created');
  expect((await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId })).ok).toBe(true);
  const customerSaid = () => seen.filter((m) => m.from === 'customer').map((m) => m.text);

  expect((await ana.client.emitWithAck('message:send', { conversationId, clientId: 'client-msg-0001', text: 'Hi, I am Ana. How can I help?' })).ok).toBe(true);
  await expect.poll(customerSaid, { timeout: 10_000 }).toHaveLength(1);
  expect(customerSaid()[0]).toContain('My order arrived damaged.');
  expect(typing[0]).toEqual({ conversationId, typing: true });

  await ana.client.emitWithAck('message:send', { conversationId, clientId: 'client-msg-0002', text: 'Can you confirm your order number?' });
  await expect.poll(customerSaid, { timeout: 10_000 }).toHaveLength(2);
  expect(customerSaid()[1]).toContain('As I told the bot, my order number is A-1001.');
  expect(log.lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
});
