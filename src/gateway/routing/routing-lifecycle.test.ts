// How offers end: reject and ring timeout move the contact on, abandon withdraws it, accept assigns it
// within capacity, and a reconnecting desktop gets its work back. Real gateway, HTTP and socket.io.
import { afterEach, describe, expect, it } from 'vitest';
import { AssignedConversationSchema, ConversationSummarySchema } from '../../shared/domain/conversation';
import { PresenceSchema } from '../../shared/domain/presence';
import { connectAgent, nativeHandoff, postHandoff, startRoutingGateway, TEST_BOT_KEY, type PersonSpec, type RoutingGateway, type TestAgent } from '../testing/handoff-fixture';

const open: { gateways: RoutingGateway[]; agents: TestAgent[] } = { gateways: [], agents: [] };

afterEach(async () => {
  for (const agent of open.agents.splice(0)) agent.close();
  await Promise.all(open.gateways.splice(0).map((g) => g.stop()));
});

async function setup(people: PersonSpec[], ringTimeoutSeconds?: number) {
  const gateway = await startRoutingGateway(people, {}, ringTimeoutSeconds === undefined ? {} : { ringTimeoutSeconds });
  open.gateways.push(gateway);
  const url = gateway.gateway.url;
  const agent = async (username: string, presence?: 'available', token?: string) => {
    const connected = await connectAgent(url, username, token);
    open.agents.push(connected);
    if (presence) await connected.setPresence(presence);
    return connected;
  };
  const post = async (id: string) => (await postHandoff(url, nativeHandoff(id))).body.conversationId as string;
  const abandon = async (id: string, key: string | null = TEST_BOT_KEY) => {
    const response = await fetch(`${url}/v1/conversations/${id}/abandon`, { method: 'POST', headers: key === null ? {} : { authorization: `Bearer ${key}` } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { url, agent, post, abandon };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('offer endings', () => {
  it('moves a rejected contact to the next agent, and back to the first only after everyone had it', async () => {
    const { agent, post } = await setup([{ username: 'ana' }, { username: 'bo' }]);
    const ana = await agent('ana', 'available');
    await pause(5);
    const bo = await agent('bo', 'available');
    const id = await post('reject-1');
    const first = await ana.next('offer:created');
    expect(await ana.client.emitWithAck('offer:reject', { offerId: first.offerId })).toEqual({ ok: true, value: null });
    expect(await ana.next('offer:withdrawn')).toEqual({ offerId: first.offerId, conversationId: id, reason: 'rejected' });
    const second = await bo.next('offer:created');
    expect(second.conversationId).toBe(id);
    expect(ana.received('offer:created')).toHaveLength(1);
    await bo.client.emitWithAck('offer:reject', { offerId: second.offerId });
    // Both passed: a new round starts with the longest idle agent.
    const third = await ana.next('offer:created', 2);
    expect(third.conversationId).toBe(id);
    expect(third.offerId).not.toBe(first.offerId);
  });

  it('on ring timeout withdraws the offer, marks the agent not-responding and offers the next agent', async () => {
    const { agent, post } = await setup([{ username: 'ana' }, { username: 'bo' }], 0.3);
    const ana = await agent('ana', 'available');
    await pause(5);
    const bo = await agent('bo', 'available');
    const id = await post('timeout-1');
    const missed = await ana.next('offer:created');
    expect(Date.parse(missed.expiresAt) - Date.parse(missed.offeredAt)).toBe(300);
    expect(await ana.next('offer:withdrawn')).toEqual({ offerId: missed.offerId, conversationId: id, reason: 'timeout' });
    expect(PresenceSchema.parse(await ana.next('presence:changed')).state).toBe('not-responding');
    expect((await bo.next('offer:created')).conversationId).toBe(id);
    const late = await ana.client.emitWithAck('offer:accept', { offerId: missed.offerId });
    expect(late).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    // bo lets it ring out too; ana is not responding, so nobody is offered it and it waits in the queue.
    await bo.next('offer:withdrawn');
    expect(PresenceSchema.parse(await bo.next('presence:changed')).state).toBe('not-responding');
    await pause(400);
    expect(ana.received('offer:created')).toHaveLength(1);
    // Coming back brings it in again.
    await ana.setPresence('available');
    expect((await ana.next('offer:created', 2)).conversationId).toBe(id);
  });

  it('abandon withdraws the ringing offer, marks the conversation abandoned, and is idempotent', async () => {
    const { url, agent, post, abandon } = await setup([{ username: 'ana' }]);
    const ana = await agent('ana', 'available');
    const id = await post('abandon-1');
    const offer = await ana.next('offer:created');
    expect((await abandon(id, null)).status).toBe(401);
    const first = await abandon(id);
    expect(first.status).toBe(202);
    expect(ConversationSummarySchema.parse(first.body)).toMatchObject({ conversationId: id, status: 'abandoned', assignedTo: null });
    expect(await ana.next('offer:withdrawn')).toEqual({ offerId: offer.offerId, conversationId: id, reason: 'abandoned' });
    expect(await abandon(id)).toEqual(first);
    expect((await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId })).ok).toBe(false);
    expect(ana.received('offer:withdrawn')).toHaveLength(1);
    expect((await abandon('c_unknown')).status).toBe(404);
    // The same bot conversation may come back once the first one is over.
    const again = await postHandoff(url, nativeHandoff('abandon-1'));
    expect(again.status).toBe(202);
    expect(again.body.conversationId).not.toBe(id);
  });

  it('accept assigns the conversation on all the agent\'s desktops and respects capacity', async () => {
    const { agent, post, abandon } = await setup([{ username: 'ana', capacity: 2 }, { username: 'bo' }]);
    const ana = await agent('ana', 'available');
    // Another tab of the same login: a second login would take over from the first (takeover.test.ts).
    const anaOther = await agent('ana', undefined, ana.token);
    const ids = [await post('cap-1'), await post('cap-2'), await post('cap-3')];
    for (let n = 1; n <= 2; n += 1) {
      const offer = await ana.next('offer:created', n);
      expect(offer.conversationId).toBe(ids[n - 1]);
      const ack = await anaOther.client.emitWithAck('offer:accept', { offerId: offer.offerId });
      if (!ack.ok) throw new Error(ack.error.message);
      expect(ack.value.conversation).toMatchObject({ conversationId: offer.conversationId, status: 'active', assignedTo: 'ana' });
      expect(AssignedConversationSchema.parse(await ana.next('conversation:assigned', n))).toEqual(ack.value);
      expect(await anaOther.next('conversation:assigned', n)).toEqual(ack.value);
      expect(await ana.next('offer:withdrawn', n)).toMatchObject({ offerId: offer.offerId, reason: 'accepted' });
    }
    // ana is full: the third contact goes to bo once he is available, never to ana.
    const bo = await agent('bo', 'available');
    const third = await bo.next('offer:created');
    expect(third.conversationId).toBe(ids[2]);
    expect(ana.received('offer:created')).toHaveLength(2);
    const stolen = await ana.client.emitWithAck('offer:accept', { offerId: third.offerId });
    expect(stolen).toEqual({ ok: false, error: { code: 'invalid-request', message: 'This offer was made to another agent' } });
    expect((await ana.client.emitWithAck('offer:reject', { offerId: 'o_nope' })).ok).toBe(false);
    expect((await abandon(ids[0] ?? '')).status).toBe(409);
  });

  it('work:snapshot gives a reconnecting desktop its ringing offers and owned conversations', async () => {
    const { agent, post } = await setup([{ username: 'ana' }]);
    const ana = await agent('ana', 'available');
    const owned = await post('snap-1');
    const accepted = await ana.next('offer:created');
    await ana.client.emitWithAck('offer:accept', { offerId: accepted.offerId });
    const ringing = await post('snap-2');
    const pending = await ana.next('offer:created', 2);
    ana.close();
    const back = await agent('ana');
    const ack = await back.client.emitWithAck('work:snapshot', {});
    if (!ack.ok) throw new Error(ack.error.message);
    expect(ack.value.offers).toEqual([pending]);
    expect(ack.value.offers[0]?.conversationId).toBe(ringing);
    expect(ack.value.conversations.map((c) => [c.conversation.conversationId, c.conversation.status])).toEqual([[owned, 'active']]);
    expect(ack.value.conversations[0]?.context.source.conversationId).toBe('snap-1');
  });
});
