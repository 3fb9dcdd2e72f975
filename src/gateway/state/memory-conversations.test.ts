import { describe, expect, it } from 'vitest';
import { HandoffContextSchema } from '../../shared/domain/handoff-context';
import { createMemoryState } from './memory-state';
import type { NewConversation } from './records';

const context = HandoffContextSchema.parse({ source: { format: 'native', conversationId: 'bot-1', raw: {} } });
const draft = (conversationId: string): NewConversation => ({
  conversationId,
  status: 'queued',
  queue: 'general',
  queueName: 'General',
  channel: 'chat',
  priority: 5,
  createdAt: '2030-01-01T08:00:00.000Z',
  assignedTo: null,
  acceptedAt: null,
  offerId: null,
  declinedBy: [],
  endedAt: null,
  acwDeadline: null,
  wrapUp: null,
  context,
});

describe('in-memory conversations', () => {
  it('creates once per idempotency key and numbers conversations in arrival order', async () => {
    const state = createMemoryState();
    const first = await state.createConversation(draft('c_1'), [{ key: 'source:a' }, { key: 'header:k' }]);
    expect(first).toMatchObject({ created: true, conversation: { conversationId: 'c_1', seq: 1 } });
    expect(await state.createConversation(draft('c_2'), [{ key: 'header:k' }])).toMatchObject({ created: false, conversation: { conversationId: 'c_1' } });
    expect((await state.createConversation(draft('c_3'), [{ key: 'source:b' }])).conversation.seq).toBe(2);
    expect((await state.findConversationByKey('source:a'))?.conversationId).toBe('c_1');
    expect(await state.findConversationByKey('source:zzz')).toBeNull();
    expect((await state.listConversations()).map((c) => c.conversationId)).toEqual(['c_1', 'c_3']);
  });

  it('lets a key move on from a conversation in one of its unlessStatus states', async () => {
    const state = createMemoryState();
    const key = { key: 'source:a', unlessStatus: ['abandoned'] as const };
    await state.createConversation(draft('c_1'), [key]);
    expect((await state.createConversation(draft('c_2'), [key])).created).toBe(false);
    await state.updateConversation('c_1', { status: 'abandoned' });
    expect((await state.createConversation(draft('c_2'), [key])).created).toBe(true);
    expect((await state.findConversationByKey('source:a'))?.conversationId).toBe('c_2');
  });

  it('filters, patches and hands out copies', async () => {
    const state = createMemoryState();
    await state.createConversation(draft('c_1'), []);
    await state.createConversation(draft('c_2'), []);
    const patched = await state.updateConversation('c_2', { status: 'active', assignedTo: 'ana', declinedBy: ['bo'] });
    expect(patched).toMatchObject({ status: 'active', assignedTo: 'ana', declinedBy: ['bo'] });
    expect(await state.updateConversation('c_404', { status: 'active' })).toBeNull();
    expect((await state.listConversations({ status: ['active'], assignedTo: 'ana' })).map((c) => c.conversationId)).toEqual(['c_2']);
    expect(await state.listConversations({ assignedTo: 'bo' })).toEqual([]);
    patched!.declinedBy.push('mutated');
    expect((await state.getConversation('c_2'))?.declinedBy).toEqual(['bo']);
  });

  it('lets exactly one caller take a ringing offer', async () => {
    const state = createMemoryState();
    const offer = { offerId: 'o_1', conversationId: 'c_1', username: 'ana', offeredAt: '2030-01-01T08:00:00.000Z', expiresAt: '2030-01-01T08:00:20.000Z' };
    await state.addOffer(offer);
    expect(await state.listOffers('ana')).toEqual([offer]);
    expect(await state.listOffers('bo')).toEqual([]);
    const [a, b] = await Promise.all([state.takeOffer('o_1'), state.takeOffer('o_1')]);
    expect([a, b].filter((x) => x !== null)).toEqual([offer]);
    expect(await state.getOffer('o_1')).toBeNull();
  });

  it('remembers the last assignment per agent and forgets everything on close', async () => {
    const state = createMemoryState();
    expect(await state.getLastAssignedAt('ana')).toBeNull();
    await state.setLastAssignedAt('ana', '2030-01-01T08:00:00.000Z');
    expect(await state.getLastAssignedAt('ana')).toBe('2030-01-01T08:00:00.000Z');
    await state.createConversation(draft('c_1'), [{ key: 'k' }]);
    await state.close();
    expect(await state.listConversations()).toEqual([]);
    expect(await state.findConversationByKey('k')).toBeNull();
    expect(await state.getLastAssignedAt('ana')).toBeNull();
  });
});
