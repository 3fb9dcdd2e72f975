// Voice call control through a real gateway: the test plays the telephony connector over HTTP, a real
// socket.io agent sees the call change and sends commands, which reach a real webhook receiver and the
// polling endpoint. Also: repeated event ids, refused transitions, `ended` ending the conversation.
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationSummarySchema } from '../../shared/domain/conversation';
import { connectAgent, nativeHandoff, postHandoff, startRoutingGateway, TEST_BOT_KEY, type RoutingGateway, type TestAgent } from '../testing/handoff-fixture';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';

const SECRET = 'webhook-secret-0123456789';
const open: { gateways: RoutingGateway[]; agents: TestAgent[]; receivers: WebhookReceiver[] } = { gateways: [], agents: [], receivers: [] };

afterEach(async () => {
  for (const agent of open.agents.splice(0)) agent.close();
  await Promise.all(open.gateways.splice(0).map((g) => g.stop()));
  await Promise.all(open.receivers.splice(0).map((r) => r.close()));
});

const auth = { authorization: `Bearer ${TEST_BOT_KEY}`, 'content-type': 'application/json' };

async function setup() {
  const receiver = await startWebhookReceiver(SECRET);
  open.receivers.push(receiver);
  const gateway = await startRoutingGateway([{ username: 'ana' }], { webhooks: [{ channel: 'voice', url: receiver.url, secret: SECRET, retryBaseMs: 20 }] });
  open.gateways.push(gateway);
  const { url } = gateway.gateway;
  const ana = await connectAgent(url, 'ana');
  open.agents.push(ana);
  await ana.setPresence('available');
  const conversationId = (await postHandoff(url, nativeHandoff('call-1', { channel: 'voice' }))).body.conversationId as string;
  const offer = await ana.next('offer:created');
  const accepted = await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId });
  if (!accepted.ok) throw new Error(accepted.error.message);
  let updates = 0;
  const event = async (type: string, id: string, target = conversationId) => {
    const response = await fetch(`${url}/v1/conversations/${target}/call-events`, { method: 'POST', headers: auth, body: JSON.stringify({ type, id }) });
    return { status: response.status, body: (await response.json()) as { applied?: boolean; conversation?: unknown; error?: string } };
  };
  /** The next conversation:updated the agent gets, parsed. */
  const nextUpdate = async () => ConversationSummarySchema.parse(await ana.next('conversation:updated', ++updates));
  const commands = async (after = '') => {
    const response = await fetch(`${url}/v1/conversations/${conversationId}/call-commands${after === '' ? '' : `?after=${after}`}`, { headers: auth });
    return { status: response.status, body: (await response.json()) as { commands?: { seq: number; command: string; id: string }[]; error?: string } };
  };
  const command = (name: 'answer' | 'hold' | 'resume' | 'mute' | 'unmute' | 'end') => ana.client.emitWithAck('call:command', { conversationId, command: name });
  return { url, ana, conversationId, receiver, event, nextUpdate, commands, command };
}

describe('voice call control', () => {
  it('call events drive the call state and reach the agent; a repeated event id changes nothing', async () => {
    const { event, nextUpdate, ana } = await setup();
    expect(await event('ringing', 'e1')).toMatchObject({ status: 200, body: { applied: true, conversation: { call: { state: 'ringing', muted: false } } } });
    expect((await nextUpdate()).call?.state).toBe('ringing');
    await event('answered', 'e2');
    const connected = await nextUpdate();
    expect(connected.call).toMatchObject({ state: 'connected', heldSince: null });
    expect(connected.call?.connectedAt).not.toBeNull();
    await event('held', 'e3');
    expect((await nextUpdate()).call).toMatchObject({ state: 'on-hold' });
    expect(await event('held', 'e3')).toMatchObject({ status: 200, body: { applied: false, conversation: { call: { state: 'on-hold' } } } });
    await event('resumed', 'e4');
    expect((await nextUpdate()).call).toMatchObject({ state: 'connected', heldSince: null, connectedAt: connected.call?.connectedAt });
    await event('muted', 'e5');
    expect((await nextUpdate()).call?.muted).toBe(true);
    // The repeat of e2 (answered) is ignored rather than refused, and sends nothing.
    expect(await event('answered', 'e2')).toMatchObject({ status: 200, body: { applied: false } });
    await event('unmuted', 'e6');
    expect((await nextUpdate()).call?.muted).toBe(false);
    expect(ana.received('conversation:updated')).toHaveLength(6);
  });

  it('refuses transitions the call cannot make with 409 and bad requests with 400/401/404', async () => {
    const { event, url } = await setup();
    expect(await event('held', 'x1')).toMatchObject({ status: 409, body: { error: 'A "held" event cannot follow: the call has not started ringing' } });
    await event('ringing', 'x2');
    expect(await event('ringing', 'x3')).toMatchObject({ status: 409, body: { error: expect.stringContaining('the call is ringing') as string } });
    expect(await event('muted', 'x4')).toMatchObject({ status: 409, body: { error: expect.stringContaining('mute needs a connected call') as string } });
    await event('answered', 'x5');
    expect(await event('resumed', 'x6')).toMatchObject({ status: 409, body: { error: expect.stringContaining('the call is connected') as string } });
    expect(await event('unmuted', 'x7')).toMatchObject({ status: 409, body: { error: expect.stringContaining('is not muted') as string } });
    expect(await event('dialing', 'x8')).toMatchObject({ status: 400 });
    expect(await event('held', '')).toMatchObject({ status: 400, body: { error: expect.stringContaining("connector's event id") as string } });
    expect(await event('held', 'x9', 'c_nope')).toMatchObject({ status: 404 });
    const chat = (await postHandoff(url, nativeHandoff('chat-1'))).body.conversationId as string;
    expect(await event('ringing', 'x10', chat)).toMatchObject({ status: 409, body: { error: expect.stringContaining('for voice conversations only') as string } });
    const noKey = await fetch(`${url}/v1/conversations/${chat}/call-events`, { method: 'POST', body: '{}' });
    expect(noKey.status).toBe(401);
  });

  it('sends agent commands to the signed webhook and the polling endpoint; the call changes only on the event', async () => {
    const { event, nextUpdate, commands, command, receiver, conversationId } = await setup();
    await event('ringing', 'e1');
    await nextUpdate();
    expect(await command('hold')).toMatchObject({ ok: false, error: { message: 'Cannot hold now: the call is ringing' } });
    const answer = await command('answer');
    expect(answer).toMatchObject({ ok: true, value: { call: { state: 'ringing' } } });
    await event('answered', 'e2');
    await nextUpdate();
    expect(await command('hold')).toMatchObject({ ok: true, value: { call: { state: 'connected' } } });

    const polled = await commands();
    expect(polled.status).toBe(200);
    expect(polled.body.commands?.map((c) => [c.seq, c.command])).toEqual([
      [1, 'answer'],
      [2, 'hold'],
    ]);
    expect((await commands('1')).body.commands?.map((c) => c.command)).toEqual(['hold']);
    expect((await commands('2')).body.commands).toEqual([]);
    expect(await commands('x')).toMatchObject({ status: 400 });

    const delivered = await receiver.accepted(2);
    expect(delivered.every((d) => d.verified)).toBe(true);
    expect(delivered.map((d) => d.body)).toContainEqual(
      expect.objectContaining({ type: 'call.command', conversationId, source: { format: 'native', conversationId: 'call-1' }, command: expect.objectContaining({ seq: 2, command: 'hold', id: polled.body.commands?.[1]?.id }) as unknown }),
    );
    await event('held', 'e3');
    expect((await nextUpdate()).call?.state).toBe('on-hold');
    expect(await command('mute')).toMatchObject({ ok: true });
    expect(await command('resume')).toMatchObject({ ok: true });
  });

  it('an `ended` event ends the conversation into after-contact work', async () => {
    const { event, nextUpdate, ana, command } = await setup();
    await event('ringing', 'e1');
    await event('answered', 'e2');
    await nextUpdate();
    await nextUpdate();
    expect(await command('end')).toMatchObject({ ok: true, value: { status: 'active' } });
    expect(await event('ended', 'e3')).toMatchObject({ status: 200, body: { applied: true, conversation: { status: 'ended', call: { state: 'ended' } } } });
    const ended = await nextUpdate();
    expect(ended).toMatchObject({ status: 'ended', call: { state: 'ended' } });
    expect(ended.acwDeadline).not.toBeNull();
    // The agent's own presence:set may or may not echo here: look for the after-contact work change.
    for (let n = 1; !ana.received('presence:changed').some((p) => p.state === 'after-contact-work'); n += 1) await ana.next('presence:changed', n);
    expect(ana.received('presence:changed').at(-1)?.state).toBe('after-contact-work');
    expect(await event('ended', 'e4')).toMatchObject({ status: 409 });
    expect(await command('hold')).toMatchObject({ ok: false, error: { message: expect.stringContaining('can no longer be controlled') as string } });
  });
});
