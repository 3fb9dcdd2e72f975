// Who gets offered what: skills, priority and waiting order, longest idle first, unavailable agents.
// Real gateway, real HTTP intake, real socket.io agents.
import { afterEach, describe, expect, it } from 'vitest';
import { OfferSchema } from '../../shared/domain/conversation';
import { createMemoryState } from '../state/memory-state';
import type { GatewayState } from '../state/gateway-state';
import { connectAgent, nativeHandoff, postHandoff, startRoutingGateway, type PersonSpec, type RoutingGateway, type TestAgent } from '../testing/handoff-fixture';

const open: { gateways: RoutingGateway[]; agents: TestAgent[] } = { gateways: [], agents: [] };

afterEach(async () => {
  for (const agent of open.agents.splice(0)) agent.close();
  await Promise.all(open.gateways.splice(0).map((g) => g.stop()));
});

const QUEUES = {
  queues: [
    { id: 'billing', name: 'Billing', slaSeconds: 60, skills: ['billing'], intents: ['billing*'] },
    { id: 'general', name: 'General', slaSeconds: 60 },
  ],
  routing: { defaultQueue: 'general' },
};

async function setup(people: PersonSpec[], state?: GatewayState) {
  const gateway = await startRoutingGateway(people, QUEUES, state ? { state } : {});
  open.gateways.push(gateway);
  const url = gateway.gateway.url;
  const agent = async (username: string, token?: string) => {
    const connected = await connectAgent(url, username, token);
    open.agents.push(connected);
    return connected;
  };
  const post = async (id: string, extra: Record<string, unknown> = {}) => {
    const answer = await postHandoff(url, nativeHandoff(id, extra));
    expect(answer.status).toBe(202);
    return answer.body.conversationId as string;
  };
  return { url, agent, post };
}

const billing = { intent: { name: 'billing_dispute', label: 'Billing dispute' } };

async function snapshot(agent: TestAgent) {
  const ack = await agent.client.emitWithAck('work:snapshot', {});
  if (!ack.ok) throw new Error(ack.error.message);
  return ack.value;
}

describe('routing offers', () => {
  it('offers a contact only to an available agent who has the queue\'s skills, on every desktop', async () => {
    const { agent, post } = await setup([{ username: 'ana' }, { username: 'bo', skills: ['billing'] }]);
    const ana = await agent('ana');
    const bo = await agent('bo');
    // Another tab of bo's login: a second login would take over from the first (takeover.test.ts).
    const boSecondDesktop = await agent('bo', bo.token);
    await ana.setPresence('available');
    await bo.setPresence('available');
    const id = await post('skill-1', billing);
    const offer = OfferSchema.parse(await bo.next('offer:created'));
    expect(offer).toMatchObject({ conversationId: id, queue: 'billing', queueName: 'Billing' });
    expect(offer.context.intent?.label).toBe('Billing dispute');
    expect(Date.parse(offer.expiresAt) - Date.parse(offer.offeredAt)).toBe(20_000);
    expect(await boSecondDesktop.next('offer:created')).toEqual(offer);
    // A general contact goes to ana, who lacks the billing skill, proving routing ran for her too.
    const general = await post('skill-2');
    expect((await ana.next('offer:created')).conversationId).toBe(general);
    expect(ana.received('offer:created')).toHaveLength(1);
  });

  it('serves higher priority first, then the longest waiting', async () => {
    const { agent, post } = await setup([{ username: 'ana', capacity: 5 }]);
    const ana = await agent('ana');
    const low = await post('order-low', { routing: { priority: 2 } });
    const firstNormal = await post('order-n1');
    const high = await post('order-high', { routing: { priority: 9 } });
    const secondNormal = await post('order-n2');
    await ana.setPresence('available');
    const served: string[] = [];
    for (let n = 1; n <= 4; n += 1) {
      const offer = await ana.next('offer:created', n);
      served.push(offer.conversationId);
      expect((await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId })).ok).toBe(true);
    }
    expect(served).toEqual([high, firstNormal, secondNormal, low]);
  });

  it('offers to the longest idle agent: available longest, or assigned longest ago', async () => {
    const { agent, post } = await setup([{ username: 'ana' }, { username: 'bo' }]);
    const ana = await agent('ana');
    const bo = await agent('bo');
    await bo.setPresence('available');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ana.setPresence('available');
    await post('idle-1');
    const first = await bo.next('offer:created');
    expect((await bo.client.emitWithAck('offer:accept', { offerId: first.offerId })).ok).toBe(true);
    // bo was just given work, so ana has now been idle longer.
    await post('idle-2');
    expect((await ana.next('offer:created')).conversationId).not.toBe(first.conversationId);
    expect(bo.received('offer:created')).toHaveLength(1);
  });

  it('gives busy, offline, disconnected agents and supervisors nothing; going available brings the contact in', async () => {
    const state = createMemoryState();
    // cy was left Available long ago but has no desktop connected: the longest idle, and still skipped.
    await state.setPresence('cy', { state: 'available', since: '2020-01-01T00:00:00.000Z' });
    const { agent, post } = await setup([{ username: 'ana' }, { username: 'bo' }, { username: 'cy' }, { username: 'sue', role: 'supervisor' }], state);
    const ana = await agent('ana');
    const bo = await agent('bo');
    const sue = await agent('sue');
    await ana.setPresence('busy');
    await sue.setPresence('available');
    const id = await post('nobody-1');
    await post('nobody-2');
    for (const who of [ana, bo, sue]) expect((await snapshot(who)).offers).toEqual([]);
    await bo.setPresence('available');
    expect((await bo.next('offer:created')).conversationId).toBe(id);
    for (const who of [ana, sue]) expect(who.received('offer:created')).toEqual([]);
    expect(await state.listOffers('cy')).toEqual([]);
    await state.close();
  });

  it('withdraws a ringing offer when the agent steps away, and offers it to the next agent', async () => {
    const { agent, post } = await setup([{ username: 'ana' }, { username: 'bo' }]);
    const ana = await agent('ana');
    const bo = await agent('bo');
    await ana.setPresence('available');
    const id = await post('away-1');
    const offer = await ana.next('offer:created');
    await bo.setPresence('available');
    await ana.setPresence('break');
    expect(await ana.next('offer:withdrawn')).toEqual({ offerId: offer.offerId, conversationId: id, reason: 'presence-changed' });
    expect((await bo.next('offer:created')).conversationId).toBe(id);
    const late = await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId });
    expect(late).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/no longer open/) as string } });
  });
});
