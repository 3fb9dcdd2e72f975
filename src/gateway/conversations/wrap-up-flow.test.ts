// Ending and wrap-up through a real gateway and real socket.io agents: after-contact work presence and its
// deadline, extend, the idempotent submission, the customer leaving, and every refusal's sentence.
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationSummarySchema } from '../../shared/domain/conversation';
import { connectAgent, nativeHandoff, postHandoff, startRoutingGateway, TEST_BOT_KEY, type RoutingGateway, type TestAgent } from '../testing/handoff-fixture';

const open: { gateways: RoutingGateway[]; agents: TestAgent[] } = { gateways: [], agents: [] };

afterEach(async () => {
  for (const agent of open.agents.splice(0)) agent.close();
  await Promise.all(open.gateways.splice(0).map((g) => g.stop()));
});

const auth = { authorization: `Bearer ${TEST_BOT_KEY}` };
const queues = [
  {
    id: 'general',
    name: 'General',
    slaSeconds: 60,
    wrapUp: { dispositions: [{ code: 'resolved', label: 'Resolved' }], notesRequired: true, acwSeconds: 60, extendSeconds: 30 },
  },
];

async function setup(options: { acwSeconds?: number } = {}) {
  const gateway = await startRoutingGateway([{ username: 'ana' }, { username: 'bo' }], { queues }, options);
  open.gateways.push(gateway);
  const { url } = gateway.gateway;
  const connect = async (username: string) => {
    const agent = await connectAgent(url, username);
    open.agents.push(agent);
    return agent;
  };
  const ana = await connect('ana');
  await ana.setPresence('available');
  const conversationId = (await postHandoff(url, nativeHandoff('wrap-1'))).body.conversationId as string;
  const offer = await ana.next('offer:created');
  const accepted = await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId });
  const http = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}/v1/conversations/${conversationId}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...auth },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const submission = { conversationId, idempotencyKey: 'key-0000001', disposition: 'resolved', notes: 'Refund sent' };
  return { url, ana, connect, conversationId, accepted, http, submission };
}

describe('end and wrap-up', () => {
  it('carries the queue policy and messages with the assignment and the snapshot', async () => {
    const { ana, accepted, conversationId } = await setup();
    expect(accepted).toMatchObject({ ok: true, value: { messages: [], wrapUp: queues[0]?.wrapUp } });
    const snapshot = await ana.client.emitWithAck('work:snapshot', {});
    expect(snapshot.ok && snapshot.value.conversations.map((c) => [c.conversation.conversationId, c.wrapUp?.notesRequired])).toEqual([[conversationId, true]]);
  });

  it('end -> after-contact work -> submit -> wrapped -> presence back; the same key again gives the same answer and one record', async () => {
    const { ana, conversationId, http, submission } = await setup();
    const ended = await ana.client.emitWithAck('conversation:end', { conversationId });
    expect(ended.ok).toBe(true);
    const summary = ended.ok ? ConversationSummarySchema.parse(ended.value) : null;
    expect(summary).toMatchObject({ status: 'ended', endedAt: expect.any(String) as string });
    expect(Date.parse(summary?.acwDeadline ?? '') - Date.parse(summary?.endedAt ?? '')).toBe(60_000);
    expect(await ana.next('conversation:updated')).toEqual(summary);
    expect(await ana.next('presence:changed', 1)).toMatchObject({ state: 'after-contact-work' });
    // Still shown on the desktop (for the wrap-up), but no longer counted as work in hand.
    const snapshot = await ana.client.emitWithAck('work:snapshot', {});
    expect(snapshot.ok && snapshot.value.conversations[0]?.conversation.status).toBe('ended');

    const extended = await ana.client.emitWithAck('wrapup:extend', { conversationId });
    expect(extended.ok && Date.parse(extended.value.acwDeadline ?? '') - Date.parse(summary?.acwDeadline ?? '')).toBe(30_000);

    const first = await ana.client.emitWithAck('wrapup:submit', submission);
    expect(first).toMatchObject({ ok: true, value: { status: 'wrapped', acwDeadline: null } });
    expect(await ana.next('presence:changed', 2)).toMatchObject({ state: 'available' });
    expect(await ana.client.emitWithAck('wrapup:submit', submission)).toEqual(first);
    expect(await ana.client.emitWithAck('wrapup:submit', { ...submission, notes: 'changed my mind' })).toEqual(first);
    const other = await ana.client.emitWithAck('wrapup:submit', { ...submission, idempotencyKey: 'key-0000002' });
    expect(other).toMatchObject({ ok: false, error: { message: 'This conversation was already wrapped up with another submission' } });
    const view = await fetch(`${(open.gateways[0]?.gateway.url ?? '')}/v1/conversations/${conversationId}`, { headers: auth });
    expect(((await view.json()) as { wrapUp: unknown }).wrapUp).toMatchObject({ idempotencyKey: 'key-0000001', disposition: 'resolved', notes: 'Refund sent', by: 'ana' });
    expect(ana.received('presence:changed')).toHaveLength(2);
    expect((await http('POST', '/messages', { id: 'late', text: 'hello?' })).status).toBe(409);
  });

  it('ends after-contact work when the deadline passes, and the wrap-up may still be submitted', async () => {
    const { ana, conversationId, submission } = await setup({ acwSeconds: 0.3 });
    await ana.client.emitWithAck('conversation:end', { conversationId });
    expect(await ana.next('presence:changed', 1)).toMatchObject({ state: 'after-contact-work' });
    expect(await ana.next('presence:changed', 2)).toMatchObject({ state: 'available' });
    expect(await ana.next('conversation:updated', 2)).toMatchObject({ status: 'ended', acwDeadline: null });
    const extend = await ana.client.emitWithAck('wrapup:extend', { conversationId });
    expect(extend).toMatchObject({ ok: false, error: { message: 'After-contact work for this conversation is already over; submit the wrap-up' } });
    expect(await ana.client.emitWithAck('wrapup:submit', submission)).toMatchObject({ ok: true, value: { status: 'wrapped' } });
  });

  it('ends the conversation when the customer leaves, and the agent hears of it', async () => {
    const { ana, conversationId, http } = await setup();
    const ended = await http('POST', '/end');
    expect(ended).toMatchObject({ status: 200, body: { status: 'ended' } });
    expect(await ana.next('conversation:updated')).toMatchObject({ conversationId, status: 'ended' });
    expect(await http('POST', '/end')).toMatchObject({ status: 200, body: { status: 'ended' } });
    expect(await http('POST', '/typing', { typing: true })).toMatchObject({ status: 409, body: { error: 'The conversation is ended; messages can no longer be added to it' } });
    const late = await ana.client.emitWithAck('message:send', { conversationId, clientId: 'msg-00009', text: 'still there?' });
    expect(late).toMatchObject({ ok: false, error: { message: 'The conversation is ended; the customer can no longer be written to' } });
    // Notes may still be added during wrap-up; they never reach the customer.
    expect(await ana.client.emitWithAck('note:add', { conversationId, clientId: 'note-0009', text: 'left abruptly' })).toMatchObject({ ok: true });
    expect((await http('GET', '/messages')).body).toEqual({ messages: [] });
  });

  it('refuses wrong status, missing disposition, missing notes and other agents with clear errors', async () => {
    const { ana, connect, conversationId, submission } = await setup();
    expect(await ana.client.emitWithAck('wrapup:submit', submission)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'A conversation that is active cannot be wrapped up; only one that is ended can' },
    });
    expect(await ana.client.emitWithAck('wrapup:extend', { conversationId })).toMatchObject({
      ok: false,
      error: { message: "The conversation is active; only an ended conversation's after-contact work can be extended" },
    });
    const bo = await connect('bo');
    for (const [name, payload] of [
      ['conversation:end', { conversationId }],
      ['message:send', { conversationId, clientId: 'bo-000001', text: 'hi' }],
      ['messages:since', { conversationId, afterSeq: 0 }],
      ['wrapup:submit', submission],
    ] as const) {
      expect(await (bo.client.emitWithAck as (e: string, p: unknown) => Promise<unknown>)(name, payload)).toMatchObject({
        ok: false,
        error: { message: 'This conversation is not assigned to you' },
      });
    }
    await ana.client.emitWithAck('conversation:end', { conversationId });
    expect(await ana.client.emitWithAck('conversation:end', { conversationId })).toMatchObject({
      ok: false,
      error: { message: 'A conversation that is ended cannot be ended; only one that is active or on-hold can' },
    });
    expect(await ana.client.emitWithAck('wrapup:submit', { ...submission, disposition: 'nonsense' })).toMatchObject({ ok: false, error: { message: 'Choose a disposition' } });
    expect(await ana.client.emitWithAck('wrapup:submit', { ...submission, notes: '  ' })).toMatchObject({ ok: false, error: { message: 'Notes are required for this queue' } });
    expect(await ana.client.emitWithAck('wrapup:submit', { ...submission, disposition: '' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Choose a disposition') as string },
    });
    expect(await ana.client.emitWithAck('conversation:end', { conversationId: 'c_unknown' })).toMatchObject({ ok: false, error: { message: 'No conversation with the id "c_unknown"' } });
  });
});
