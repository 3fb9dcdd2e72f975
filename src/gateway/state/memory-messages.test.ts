import { describe, expect, it } from 'vitest';
import type { NewMessage } from './records';
import { createMemoryState } from './memory-state';

const draft = (conversationId: string, id: string, kind: NewMessage['kind'] = 'message'): NewMessage => ({
  conversationId,
  id,
  kind,
  from: kind === 'note' ? 'agent' : 'customer',
  author: null,
  authorName: null,
  text: `text ${id}`,
  at: '2025-01-01T00:00:00.000Z',
});

describe('memory state: messages', () => {
  it('numbers each conversation from 1 and stores a repeated key once', async () => {
    const state = createMemoryState();
    expect((await state.appendMessage(draft('c_a', 'm1'), 'k1')).message.seq).toBe(1);
    expect((await state.appendMessage(draft('c_b', 'm1'), 'k1')).message.seq).toBe(1);
    expect((await state.appendMessage(draft('c_a', 'm2'), 'k2')).message.seq).toBe(2);
    const again = await state.appendMessage({ ...draft('c_a', 'm1'), text: 'changed' }, 'k1');
    expect(again).toMatchObject({ created: false, message: { seq: 1, text: 'text m1' } });
    expect(await state.listMessages('c_a')).toHaveLength(2);
  });

  it('lists after a seq and by kind, in order, as copies', async () => {
    const state = createMemoryState();
    await state.appendMessage(draft('c_a', 'm1'), 'k1');
    await state.appendMessage(draft('c_a', 'n1', 'note'), 'k2');
    await state.appendMessage(draft('c_a', 'm2'), 'k3');
    expect((await state.listMessages('c_a', { afterSeq: 1 })).map((m) => m.seq)).toEqual([2, 3]);
    const withoutNotes = await state.listMessages('c_a', { kinds: ['message'] });
    expect(withoutNotes.map((m) => m.id)).toEqual(['m1', 'm2']);
    const first = withoutNotes[0];
    if (first) first.text = 'mutated';
    expect((await state.listMessages('c_a'))[0]?.text).toBe('text m1');
    expect(await state.listMessages('c_unknown')).toEqual([]);
  });

  it('keeps and clears the presence to resume', async () => {
    const state = createMemoryState();
    expect(await state.getResumePresence('ana')).toBeNull();
    await state.setResumePresence('ana', 'available');
    expect(await state.getResumePresence('ana')).toBe('available');
    await state.setResumePresence('ana', null);
    expect(await state.getResumePresence('ana')).toBeNull();
  });
});
