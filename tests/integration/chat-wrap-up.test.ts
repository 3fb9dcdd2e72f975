// Integration: a customer and an agent chat through the real gateway and the real core session, the agent
// adds an internal note (never visible to the channel), ends the conversation, types a wrap-up that survives
// a restart of the core (same data dir), and submits it once; a dropped link catches up on missed messages.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../../src/gateway/server';
import type { CoreSession } from '../../src/main/core/session/core-session';
import { waitFor } from '../../src/main/core/testing/wait-for';
import type { AssignedConversation, ConversationSummary } from '../../src/shared/domain/conversation';
import type { ConversationMessage } from '../../src/shared/domain/message';
import type { WrapUpDraft } from '../../src/shared/domain/wrap-up';
import { connector, createDesktop, startLinkProxy, startTestGateway, value, type Desktop, type LinkProxy } from './desktop-harness';

let gateway: RunningGateway;
let tmp: string;
let proxy: LinkProxy | null = null;
const sessions: CoreSession[] = [];

beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'baton-chat-'));
  gateway = await startTestGateway(tmp);
});

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.dispose();
  await proxy?.close();
  proxy = null;
  await gateway.close();
  await rm(tmp, { recursive: true, force: true });
});

/** agent1, Available, with one accepted conversation from the Returns queue. */
async function agentWithConversation(gatewayUrl = gateway.url): Promise<{ agent: Desktop; conversationId: string }> {
  const agent = createDesktop(tmp, gatewayUrl, gateway.demo, sessions);
  value(await agent.logIn());
  await agent.online();
  value(await agent.dispatch('presence:set', { state: 'available' }));
  const conversationId = await connector(gateway.url).handOver('bot-chat');
  const offered = await waitFor('offer', () => agent.of('contact:offered').find((o) => o.conversationId === conversationId));
  const assigned = value<AssignedConversation>(await agent.dispatch('contact:accept', { offerId: offered.offerId }));
  expect(assigned.wrapUp?.dispositions.length).toBeGreaterThan(0);
  return { agent, conversationId };
}

const messagesOf = (agent: Desktop, conversationId: string) => agent.of('conversation:message').filter((m) => m.conversationId === conversationId);

describe('chat, notes, end and wrap-up through the real gateway and core', () => {
  it('carries customer and agent messages both ways and keeps notes away from the channel', async () => {
    const { agent, conversationId } = await agentWithConversation();
    const channel = connector(gateway.url);

    expect([200, 202]).toContain((await channel.postMessage(conversationId, 'ch-1', 'Is anyone there?')).status);
    const customer = await waitFor('customer message', () => messagesOf(agent, conversationId).find((m) => m.text === 'Is anyone there?'));
    expect(customer).toMatchObject({ from: 'customer', kind: 'message', id: 'ch-1' });
    // The channel repeats its message id: stored once, shown once.
    expect((await channel.postMessage(conversationId, 'ch-1', 'Is anyone there?')).status).toBe(200);

    const sent = value<ConversationMessage>(await agent.dispatch('message:send', { conversationId, text: 'Hi Dana, I am on it.' }));
    expect(sent).toMatchObject({ conversationId, from: 'agent', kind: 'message', author: 'agent1', text: 'Hi Dana, I am on it.' });
    const note = value<ConversationMessage>(await agent.dispatch('note:add', { conversationId, text: 'Customer sounds upset; offer a refund.' }));
    expect(note).toMatchObject({ kind: 'note', author: 'agent1' });

    const seen = await channel.messages(conversationId, 0);
    expect(seen.map((m) => m.text)).toEqual(['Is anyone there?', 'Hi Dana, I am on it.']);
    expect(seen.every((m) => m.kind === 'message')).toBe(true);
    expect((await channel.messages(conversationId, customer.seq)).map((m) => m.text)).toEqual(['Hi Dana, I am on it.']);

    // The desktop shows each message once, in seq order, notes included.
    await waitFor('echoes settled', () => messagesOf(agent, conversationId).length >= 3);
    const shown = messagesOf(agent, conversationId).map((m) => m.seq);
    expect(shown).toEqual([...new Set(shown)].sort((a, b) => a - b));
    const listed = value<AssignedConversation[]>(await agent.dispatch('conversation:list', undefined));
    expect(listed[0]?.messages.map((m) => m.kind)).toEqual(['message', 'message', 'note']);
  });

  it('ends, keeps the wrap-up draft across a restart, submits it once and the conversation leaves the list', async () => {
    const first = await agentWithConversation();
    const { conversationId } = first;
    const ended = value<ConversationSummary>(await first.agent.dispatch('conversation:end', { conversationId }));
    expect(ended).toMatchObject({ status: 'ended' });
    expect(ended.acwDeadline).not.toBeNull();
    const extended = value<ConversationSummary>(await first.agent.dispatch('wrapup:extend', { conversationId }));
    expect(Date.parse(extended.acwDeadline ?? '')).toBeGreaterThan(Date.parse(ended.acwDeadline ?? ''));

    const policy = value<AssignedConversation[]>(await first.agent.dispatch('conversation:list', undefined))[0]?.wrapUp;
    const disposition = policy?.dispositions[0]?.code ?? 'missing';
    const draft = value<WrapUpDraft>(await first.agent.dispatch('wrapup:save-draft', { conversationId, disposition, notes: 'Refund agreed.' }));
    await first.agent.core.dispose();

    // A new core session on the same data dir: the draft is there, with the same idempotency key.
    const second = createDesktop(tmp, gateway.url, gateway.demo, sessions);
    value(await second.logIn());
    expect(value(await second.dispatch('wrapup:get-draft', { conversationId }))).toEqual(draft);
    await second.online();
    await waitFor('snapshot reconciled', () => second.log.entries.some((e) => e.message === 'work reconciled with the gateway'));
    const listed = value<AssignedConversation[]>(await second.dispatch('conversation:list', undefined));
    expect(listed.map((c) => [c.conversation.conversationId, c.conversation.status])).toEqual([[conversationId, 'ended']]);

    // A double click: both wait for the one submission.
    const [wrappedResult, doubleClick] = await Promise.all([second.dispatch('wrapup:submit', { conversationId }), second.dispatch('wrapup:submit', { conversationId })]);
    const wrapped = value<ConversationSummary>(wrappedResult);
    expect(wrapped).toMatchObject({ conversationId, status: 'wrapped' });
    expect(doubleClick).toEqual(wrappedResult);
    expect(value(await second.dispatch('wrapup:get-draft', { conversationId }))).toBeNull();
    expect(value<AssignedConversation[]>(await second.dispatch('conversation:list', undefined))).toEqual([]);
    expect(second.of('conversation:updated').at(-1)).toMatchObject({ conversationId, status: 'wrapped' });
    // Again: the same answer, and the gateway gives the same answer for the same key too.
    expect(value(await second.dispatch('wrapup:submit', { conversationId }))).toEqual(wrapped);
    const link = second.core.link();
    const again = await link?.request('wrapup:submit', { conversationId, idempotencyKey: draft.idempotencyKey, disposition, notes: 'Refund agreed.' });
    expect(again).toEqual(wrapped);
  });

  it('refuses to submit a draft without a disposition, with the reason', async () => {
    const { agent, conversationId } = await agentWithConversation();
    value(await agent.dispatch('conversation:end', { conversationId }));
    value(await agent.dispatch('wrapup:save-draft', { conversationId, disposition: 'not-a-code', notes: '' }));
    const refused = await agent.dispatch('wrapup:submit', { conversationId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/Choose a disposition/);
    expect(value<WrapUpDraft | null>(await agent.dispatch('wrapup:get-draft', { conversationId }))?.disposition).toBe('not-a-code');
  });

  it('after the link drops, shows the messages the customer sent meanwhile, in order', async () => {
    proxy = await startLinkProxy(gateway.port);
    const { agent, conversationId } = await agentWithConversation(proxy.url);
    const channel = connector(gateway.url);
    await channel.postMessage(conversationId, 'before', 'Before the drop');
    await waitFor('first message', () => messagesOf(agent, conversationId).length === 1);

    proxy.cut();
    await waitFor('link offline', () => agent.of('link:state-changed').at(-1)?.status === 'offline');
    for (const n of [1, 2, 3]) await channel.postMessage(conversationId, `while-${n}`, `While away ${n}`);
    proxy.resume();
    await agent.online();

    await waitFor('missed messages shown', () => messagesOf(agent, conversationId).length === 4);
    expect(messagesOf(agent, conversationId).map((m) => m.text)).toEqual(['Before the drop', 'While away 1', 'While away 2', 'While away 3']);
    const listed = value<AssignedConversation[]>(await agent.dispatch('conversation:list', undefined));
    expect(listed[0]?.messages.map((m) => m.text)).toEqual(['Before the drop', 'While away 1', 'While away 2', 'While away 3']);
  });
});
