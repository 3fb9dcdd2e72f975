// Chat both ways through a real gateway: the connector posts customer messages over HTTP, a real
// socket.io agent receives them and answers, the connector reads the answer back and its webhook gets it
// signed. Notes stay internal.
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationMessageSchema } from '../../shared/domain/message';
import { connectAgent, nativeHandoff, postHandoff, startRoutingGateway, TEST_BOT_KEY, type RoutingGateway, type TestAgent } from '../testing/handoff-fixture';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';

const SECRET = 'webhook-secret-0123456789';
const open: { gateways: RoutingGateway[]; agents: TestAgent[]; receivers: WebhookReceiver[] } = { gateways: [], agents: [], receivers: [] };

afterEach(async () => {
  for (const agent of open.agents.splice(0)) agent.close();
  await Promise.all(open.gateways.splice(0).map((g) => g.stop()));
  await Promise.all(open.receivers.splice(0).map((r) => r.close()));
});

const auth = { authorization: `Bearer ${TEST_BOT_KEY}` };

async function setup({ failFirst = 0 } = {}) {
  const receiver = await startWebhookReceiver(SECRET, { failFirst });
  open.receivers.push(receiver);
  const webhooks = [{ channel: 'chat', url: receiver.url, secret: SECRET, retryBaseMs: 20, maxAttempts: 4 }];
  const gateway = await startRoutingGateway([{ username: 'ana' }, { username: 'bo' }], { webhooks });
  open.gateways.push(gateway);
  const { url } = gateway.gateway;
  const ana = await connectAgent(url, 'ana');
  open.agents.push(ana);
  await ana.setPresence('available');
  const conversationId = (await postHandoff(url, nativeHandoff('chat-1'))).body.conversationId as string;
  const offer = await ana.next('offer:created');
  const accepted = await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId });
  if (!accepted.ok) throw new Error(accepted.error.message);
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${url}/v1/conversations/${conversationId}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: response.status === 204 ? null : ((await response.json()) as Record<string, unknown>) };
  };
  const getMessages = async (after?: string) => {
    const query = after === undefined ? '' : `?after=${after}`;
    const response = await fetch(`${url}/v1/conversations/${conversationId}/messages${query}`, { headers: auth });
    return { status: response.status, body: (await response.json()) as { messages?: unknown[]; error?: string } };
  };
  return { url, ana, conversationId, receiver, post, getMessages };
}

describe('chat both ways', () => {
  it('delivers connector messages to the agent in order with seq, and stores a repeated channel id once', async () => {
    const { ana, conversationId, post } = await setup();
    expect(await post('/messages', { id: 'ch-1', text: 'Hello?' })).toEqual({ status: 202, body: { seq: 1 } });
    expect(await post('/messages', { id: 'ch-2', text: 'Anyone there?' })).toEqual({ status: 202, body: { seq: 2 } });
    expect(await post('/messages', { id: 'ch-1', text: 'Hello?' })).toEqual({ status: 200, body: { seq: 1 } });
    await ana.next('conversation:message', 2);
    const got = ana.received('conversation:message').map((m) => ConversationMessageSchema.parse(m));
    expect(got.map((m) => [m.seq, m.id, m.from, m.text])).toEqual([
      [1, 'ch-1', 'customer', 'Hello?'],
      [2, 'ch-2', 'customer', 'Anyone there?'],
    ]);
    expect(got.every((m) => m.conversationId === conversationId)).toBe(true);
    const since = await ana.client.emitWithAck('messages:since', { conversationId, afterSeq: 1 });
    expect(since.ok && since.value.map((m) => m.id)).toEqual(['ch-2']);
  });

  it('tells the agent when the customer types', async () => {
    const { ana, conversationId, post } = await setup();
    expect(await post('/typing', { typing: true })).toEqual({ status: 204, body: null });
    expect(await ana.next('conversation:typing')).toEqual({ conversationId, typing: true });
  });

  it('sends agent messages to GET ?after and to the signed webhook (retried after a failure); notes go nowhere outside', async () => {
    const { ana, conversationId, post, getMessages, receiver } = await setup({ failFirst: 1 });
    await post('/messages', { id: 'ch-1', text: 'My parcel is late' });
    const note = await ana.client.emitWithAck('note:add', { conversationId, clientId: 'note-0001', text: 'Customer sounds upset' });
    const sent = await ana.client.emitWithAck('message:send', { conversationId, clientId: 'msg-00001', text: 'Let me check that for you' });
    expect(note).toMatchObject({ ok: true, value: { seq: 2, kind: 'note', from: 'agent', author: 'ana', authorName: 'Test ana' } });
    expect(sent).toMatchObject({ ok: true, value: { seq: 3, kind: 'message', from: 'agent', text: 'Let me check that for you' } });
    // A retry (same clientId) gets the same answer and stores nothing new.
    expect(await ana.client.emitWithAck('message:send', { conversationId, clientId: 'msg-00001', text: 'Let me check that for you' })).toEqual(sent);
    // The agent's own desktops get both, in order.
    await ana.next('conversation:message', 3);
    expect(ana.received('conversation:message').map((m) => m.seq)).toEqual([1, 2, 3]);

    const all = await getMessages();
    expect(all.status).toBe(200);
    expect(all.body.messages?.map((m) => (m as { id: string }).id)).toEqual(['ch-1', 'msg-00001']);
    expect((await getMessages('1')).body.messages?.map((m) => (m as { seq: number }).seq)).toEqual([3]);
    expect((await getMessages('3')).body.messages).toEqual([]);

    const [delivered] = await receiver.accepted(1);
    expect(receiver.received[0]?.status).toBe(500);
    expect(delivered).toMatchObject({
      verified: true,
      delivery: receiver.received[0]?.delivery,
      body: { type: 'message.created', conversationId, source: { format: 'native', conversationId: 'chat-1' }, message: { seq: 3, id: 'msg-00001', text: 'Let me check that for you' } },
    });
    expect(JSON.stringify(receiver.received)).not.toContain('upset');
  });

  it('refuses bad queries and bodies with clear errors', async () => {
    const { post, getMessages, url } = await setup();
    expect(await getMessages('-1')).toMatchObject({ status: 400, body: { error: expect.stringContaining('"after" must be a whole number') as string } });
    expect(await post('/messages', { id: 'x', text: '   ' })).toMatchObject({ status: 400, body: { error: expect.stringContaining('Write something first') as string } });
    expect(await post('/typing', { typing: 'yes' })).toMatchObject({ status: 400 });
    const unknown = await fetch(`${url}/v1/conversations/c_nope/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: '{"id":"a","text":"hi"}' });
    expect(unknown.status).toBe(404);
    const noKey = await fetch(`${url}/v1/conversations/c_nope/messages`);
    expect(noKey.status).toBe(401);
  });
});
