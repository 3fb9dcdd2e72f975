// The simulated telephony connector against the REAL gateway: a real agent accepts a voice handoff, the
// call rings and connects, and each command the agent sends comes back as its event; chat is left alone.
import { afterEach, expect, it } from 'vitest';
import type { CallCommand } from '../../shared/domain/call';
import type { ConversationSummary } from '../../shared/domain/conversation';
import type { LogFields, Logger } from '../../shared/log';
import { connectAgent, nativeHandoff, postHandoff, startRoutingGateway, TEST_BOT_KEY, type TestAgent } from '../testing/handoff-fixture';
import { createTelephonySessions } from './telephony-sessions';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function memoryLog(): Logger & { lines: { level: string; message: string; fields: LogFields }[] } {
  const lines: { level: string; message: string; fields: LogFields }[] = [];
  const at = (level: string) => (message: string, fields: LogFields = {}) => void lines.push({ level, message, fields });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

async function setup() {
  const gateway = await startRoutingGateway([{ username: 'ana' }]);
  cleanups.push(() => gateway.stop());
  const { url } = gateway.gateway;
  const ana: TestAgent = await connectAgent(url, 'ana');
  cleanups.push(() => ana.close());
  await ana.setPresence('available');
  const log = memoryLog();
  const sessions = createTelephonySessions({ gatewayUrl: url, botKey: TEST_BOT_KEY, log, eventDelayMs: 0, pollMs: 20, hangUpChance: 0 });
  cleanups.push(() => sessions.stop());
  const latest = (): ConversationSummary | undefined => ana.received('conversation:updated').at(-1);
  return { url, ana, log, sessions, latest };
}

it('rings and connects after accept, then answers every command with its event', async () => {
  const { url, ana, log, sessions, latest } = await setup();
  const conversationId = String((await postHandoff(url, nativeHandoff('voice-1', { channel: 'voice' }))).body['conversationId']);
  sessions.add({ conversationId, seed: 7 });
  const offer = await ana.next('offer:created');
  expect((await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId })).ok).toBe(true);
  expect((await ana.next('conversation:updated', 1)).call?.state).toBe('ringing');
  await expect.poll(() => latest()?.call?.state, { timeout: 10_000 }).toBe('connected');

  const send = async (command: CallCommand) => expect((await ana.client.emitWithAck('call:command', { conversationId, command })).ok).toBe(true);
  await send('hold');
  await expect.poll(() => latest()?.call?.state, { timeout: 10_000 }).toBe('on-hold');
  await send('resume');
  await expect.poll(() => latest()?.call?.state, { timeout: 10_000 }).toBe('connected');
  await send('mute');
  await expect.poll(() => latest()?.call?.muted, { timeout: 10_000 }).toBe(true);
  await send('end');
  await expect.poll(() => latest()?.status, { timeout: 10_000 }).toBe('ended');
  expect(latest()?.call?.state).toBe('ended');
  await sessions.stop();
  expect(log.lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
});

it('leaves chat contacts alone', async () => {
  const { url, ana, log, sessions } = await setup();
  const conversationId = String((await postHandoff(url, nativeHandoff('chat-1'))).body['conversationId']);
  sessions.add({ conversationId, seed: 1 });
  const offer = await ana.next('offer:created');
  expect((await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId })).ok).toBe(true);
  await expect.poll(() => log.lines.map((l) => l.message), { timeout: 10_000 }).toContain('simulated call not needed: not a voice contact');
  await sessions.stop();
  expect(ana.received('conversation:updated')).toEqual([]);
});
