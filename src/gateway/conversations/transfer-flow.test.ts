// Transfer with context through a real gateway and real socket.io agents: cold to a queue and to a named
// agent, warm accepted, cancelled, rejected and rung out, and every refusal.
import { afterEach, describe, expect, it } from 'vitest';
import type { TransferRequest } from '../../shared/domain/transfer';
import { connectAgent, nativeHandoff, postHandoff, startRoutingGateway, type RoutingGateway, type TestAgent } from '../testing/handoff-fixture';

const open: { gateways: RoutingGateway[]; agents: TestAgent[] } = { gateways: [], agents: [] };

afterEach(async () => {
  for (const agent of open.agents.splice(0)) agent.close();
  await Promise.all(open.gateways.splice(0).map((g) => g.stop()));
});

const CONFIG = {
  queues: [
    { id: 'general', name: 'General', slaSeconds: 60 },
    { id: 'billing', name: 'Billing', slaSeconds: 60 },
  ],
  routing: { defaultQueue: 'general' },
};

/** ana takes a contact and writes a message and a note; bo is online but busy; cy is not connected. */
async function setup({ ringTimeoutSeconds = 30 } = {}) {
  const gateway = await startRoutingGateway([{ username: 'ana' }, { username: 'bo' }, { username: 'cy' }, { username: 'sam', role: 'supervisor' }], {
    ...CONFIG,
    routing: { ...CONFIG.routing, ringTimeoutSeconds },
  });
  open.gateways.push(gateway);
  const { url } = gateway.gateway;
  const connect = async (name: string) => {
    const agent = await connectAgent(url, name);
    open.agents.push(agent);
    return agent;
  };
  const ana = await connect('ana');
  const bo = await connect('bo');
  await ana.setPresence('available');
  const conversationId = (await postHandoff(url, nativeHandoff('chat-1'))).body.conversationId as string;
  const offer = await ana.next('offer:created');
  const accepted = await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId });
  if (!accepted.ok) throw new Error(accepted.error.message);
  // Busy: online (a transfer may name them) but not routed to.
  await bo.setPresence('busy');
  for (const [kind, clientId, text] of [
    ['message:send', 'client-m1', 'Let me check that for you'],
    ['note:add', 'client-n1', 'Customer is polite, order A-1001'],
  ] as const) {
    const sent = await ana.client.emitWithAck(kind, { conversationId, clientId, text });
    if (!sent.ok) throw new Error(sent.error.message);
  }
  const transfer = (request: Omit<TransferRequest, 'conversationId'>, by: TestAgent = ana) => by.client.emitWithAck('transfer:request', { conversationId, ...request });
  return { url, gateway, ana, bo, connect, conversationId, transfer };
}

const NOTE = 'Refund approved; needs the billing form';

describe('cold transfer', () => {
  it('to a queue: releases the sender at once and routes the contact with the note and everything so far', async () => {
    const { ana, bo, transfer } = await setup();
    await bo.setPresence('available');
    const result = await transfer({ target: { kind: 'queue', queue: 'billing' }, mode: 'cold', note: NOTE });
    expect(result.ok && result.value).toMatchObject({ status: 'queued', queue: 'billing', queueName: 'Billing', assignedTo: null });
    const update = await ana.next('conversation:updated');
    expect(update).toMatchObject({ status: 'queued', assignedTo: null });
    const offer = await bo.next('offer:created');
    expect(offer.transfer).toMatchObject({ from: 'ana', fromName: 'Test ana', note: NOTE, mode: 'cold', state: 'done', target: { kind: 'queue', queue: 'billing' } });
    const accepted = await bo.client.emitWithAck('offer:accept', { offerId: offer.offerId });
    if (!accepted.ok) throw new Error(accepted.error.message);
    expect(accepted.value.transfers).toHaveLength(1);
    expect(accepted.value.messages.map((m) => [m.kind, m.from, m.text])).toEqual([
      ['message', 'agent', 'Let me check that for you'],
      ['note', 'agent', 'Customer is polite, order A-1001'],
      ['note', 'system', 'Transferred from Test ana to the Billing queue (cold)'],
    ]);
    // The sender's capacity is free again: a new contact can be offered to ana.
    const snapshot = await ana.client.emitWithAck('work:snapshot', {});
    expect(snapshot.ok && snapshot.value.conversations).toEqual([]);
  });

  it('to a named agent: offers it to them directly, with the transfer on the offer', async () => {
    const { ana, bo, transfer } = await setup();
    const result = await transfer({ target: { kind: 'agent', username: 'bo' }, mode: 'cold', note: NOTE });
    expect(result.ok && result.value).toMatchObject({ status: 'offered', assignedTo: null });
    expect(await ana.next('conversation:updated')).toMatchObject({ status: 'offered', assignedTo: null });
    const offer = await bo.next('offer:created');
    expect(offer.transfer).toMatchObject({ from: 'ana', note: NOTE, target: { kind: 'agent', username: 'bo' } });
    expect(offer.context.customer.displayName).toBe('Customer chat-1');
    const accepted = await bo.client.emitWithAck('offer:accept', { offerId: offer.offerId });
    expect(accepted.ok && accepted.value.conversation).toMatchObject({ status: 'active', assignedTo: 'bo' });
  });
});

describe('warm transfer', () => {
  it('keeps the conversation with the sender until the target accepts, then moves it', async () => {
    const { ana, bo, transfer } = await setup();
    const result = await transfer({ target: { kind: 'agent', username: 'bo' }, mode: 'warm', note: NOTE });
    expect(result.ok && result.value).toMatchObject({ status: 'active', assignedTo: 'ana' });
    const offer = await bo.next('offer:created');
    expect(offer.transfer).toMatchObject({ mode: 'warm', state: 'pending', note: NOTE });
    const accepted = await bo.client.emitWithAck('offer:accept', { offerId: offer.offerId });
    if (!accepted.ok) throw new Error(accepted.error.message);
    expect(accepted.value.conversation).toMatchObject({ status: 'active', assignedTo: 'bo' });
    expect(accepted.value.transfers.map((t) => t.state)).toEqual(['done']);
    expect(accepted.value.messages.map((m) => m.text)).toContain('Customer is polite, order A-1001');
    const assigned = await bo.next('conversation:assigned');
    expect(assigned.transfers[0]?.note).toBe(NOTE);
    expect(await ana.next('conversation:updated')).toMatchObject({ status: 'active', assignedTo: 'bo' });
    const anaWrites = await ana.client.emitWithAck('message:send', { conversationId: offer.conversationId, clientId: 'client-m2', text: 'still here?' });
    expect(anaWrites.ok).toBe(false);
  });

  it('can be cancelled by the sender before the target accepts: the offer is withdrawn and the sender keeps it', async () => {
    const { ana, bo, transfer, conversationId } = await setup();
    await transfer({ target: { kind: 'agent', username: 'bo' }, mode: 'warm', note: NOTE });
    const offer = await bo.next('offer:created');
    const cancelled = await ana.client.emitWithAck('transfer:cancel', { conversationId });
    expect(cancelled.ok && cancelled.value).toMatchObject({ status: 'active', assignedTo: 'ana' });
    expect(await bo.next('offer:withdrawn')).toEqual({ offerId: offer.offerId, conversationId, reason: 'transfer-cancelled' });
    const late = await bo.client.emitWithAck('offer:accept', { offerId: offer.offerId });
    expect(late.ok).toBe(false);
    const again = await ana.client.emitWithAck('transfer:cancel', { conversationId });
    expect(!again.ok && again.error.message).toMatch(/no pending transfer/);
    const snapshot = await ana.client.emitWithAck('work:snapshot', {});
    expect(snapshot.ok && snapshot.value.conversations[0]?.transfers.map((t) => t.state)).toEqual(['cancelled']);
  });

  it('rejected by the target: cancelled, the sender keeps it and is told', async () => {
    const { ana, bo, transfer } = await setup();
    await transfer({ target: { kind: 'agent', username: 'bo' }, mode: 'warm', note: NOTE });
    const offer = await bo.next('offer:created');
    await bo.client.emitWithAck('offer:reject', { offerId: offer.offerId });
    expect(await ana.next('conversation:updated')).toMatchObject({ status: 'active', assignedTo: 'ana' });
    const retry = await transfer({ target: { kind: 'queue', queue: 'billing' }, mode: 'cold', note: NOTE });
    expect(retry.ok).toBe(true);
  });

  it('rung out: cancelled and the sender keeps it', async () => {
    const { ana, bo, transfer } = await setup({ ringTimeoutSeconds: 0.2 });
    await transfer({ target: { kind: 'agent', username: 'bo' }, mode: 'warm', note: NOTE });
    expect(await bo.next('offer:withdrawn')).toMatchObject({ reason: 'timeout' });
    expect(await ana.next('conversation:updated')).toMatchObject({ status: 'active', assignedTo: 'ana' });
  });

  it('is withdrawn when the sender ends the conversation first', async () => {
    const { ana, bo, transfer, conversationId } = await setup();
    await transfer({ target: { kind: 'agent', username: 'bo' }, mode: 'warm', note: NOTE });
    await bo.next('offer:created');
    await ana.client.emitWithAck('conversation:end', { conversationId });
    expect(await bo.next('offer:withdrawn')).toMatchObject({ reason: 'transfer-cancelled' });
  });
});

describe('refusals', () => {
  it('refuses with a clear reason and changes nothing', async () => {
    const { url, bo, connect, transfer } = await setup();
    const message = async (request: Omit<TransferRequest, 'conversationId'>, by?: TestAgent) => {
      const result = await transfer(request, by);
      return result.ok ? 'accepted' : result.error.message;
    };
    const note = NOTE;
    expect(await message({ target: { kind: 'queue', queue: 'billing' }, mode: 'cold', note }, bo)).toMatch(/not assigned to you/);
    expect(await message({ target: { kind: 'queue', queue: 'nope' }, mode: 'cold', note })).toMatch(/no queue "nope"/);
    expect(await message({ target: { kind: 'agent', username: 'zed' }, mode: 'cold', note })).toMatch(/no agent "zed"/);
    expect(await message({ target: { kind: 'agent', username: 'sam' }, mode: 'cold', note })).toMatch(/no agent "sam"/);
    expect(await message({ target: { kind: 'agent', username: 'ana' }, mode: 'cold', note })).toMatch(/to yourself/);
    expect(await message({ target: { kind: 'agent', username: 'cy' }, mode: 'warm', note })).toMatch(/Test cy is offline/);
    expect(await message({ target: { kind: 'queue', queue: 'billing' }, mode: 'warm', note })).toMatch(/warm transfer goes to a named agent/);
    expect(await message({ target: { kind: 'queue', queue: 'billing' }, mode: 'cold', note: '   ' })).toMatch(/handover note/);
    const cy = await connect('cy');
    const directory = await cy.client.emitWithAck('directory:list', {});
    expect(directory.ok && directory.value).toEqual({
      queues: [
        { id: 'general', name: 'General' },
        { id: 'billing', name: 'Billing' },
      ],
      agents: [
        { username: 'ana', displayName: 'Test ana', presence: 'available', online: true },
        { username: 'bo', displayName: 'Test bo', presence: 'busy', online: true },
      ],
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1/);
  });

  it('refuses a conversation that is not active any more', async () => {
    const { ana, transfer, conversationId } = await setup();
    await ana.client.emitWithAck('conversation:end', { conversationId });
    const result = await transfer({ target: { kind: 'queue', queue: 'billing' }, mode: 'cold', note: NOTE });
    expect(!result.ok && result.error.message).toMatch(/only an active or on-hold conversation/);
  });
});
