// The wrap-up panel: pre-filled notes, drafts saved as typed (debounced) and restored on opening,
// the queue's rules checked before submitting, one submission per click burst, Extend, the countdown.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssignedConversation } from '../../../shared/domain/conversation';
import { makeAssigned, makeEnded, makeMessage, mariaContext } from '../../test/contexts';
import { sessionFor, type FakeHandlers } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';

const inTwoMinutes = () => new Date(Date.now() + 125_000).toISOString();
const base = makeAssigned('c1', mariaContext(), '2030-01-01T14:02:00.000Z');
const withMessages = (a: AssignedConversation): AssignedConversation => ({
  ...a,
  messages: [makeMessage('c1', 1, 'It is still broken'), makeMessage('c1', 2, 'I will send a new one', { from: 'agent', author: 'agent1' })],
});

async function openWrapUp(handlers: Partial<FakeHandlers> = {}, assigned = withMessages(makeEnded(base, inTwoMinutes()))) {
  const app = renderApp({
    'session:get': () => ({ ok: true, value: sessionFor('agent1') }),
    'conversation:list': () => ({ ok: true, value: [assigned] }),
    ...handlers,
  });
  await app.user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
  const panel = screen.getByRole('region', { name: 'Wrap-up' });
  const notes = within(panel).getByRole('textbox', { name: 'Wrap-up notes' });
  await vi.waitFor(() => expect(notes).toBeEnabled());
  return { ...app, panel, notes, disposition: within(panel).getByRole('combobox', { name: 'Disposition' }) };
}

afterEach(() => vi.useRealTimers());

describe('WrapUpPanel', () => {
  it('pre-fills the notes with the story and the last messages, and shows the ACW countdown', async () => {
    const { notes, panel } = await openWrapUp();
    expect((notes as HTMLTextAreaElement).value).toMatch(/Maria Lopez[\s\S]*Last messages:\nCustomer: It is still broken\nAgent: I will send a new one$/);
    expect(within(panel).getByRole('timer', { name: 'After-contact work time left' }).textContent).toMatch(/^02:0[45]$/);
    expect(within(panel).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose…', 'Resolved', 'Refund issued']);
  });

  it('saves the draft 250 ms after the last change', async () => {
    const { baton, notes, disposition } = await openWrapUp();
    vi.useFakeTimers();
    fireEvent.change(disposition, { target: { value: 'refund' } });
    fireEvent.change(notes, { target: { value: 'Refund agreed' } });
    act(() => {
      vi.advanceTimersByTime(249);
    });
    expect(baton.callsTo('wrapup:save-draft')).toEqual([]);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(baton.callsTo('wrapup:save-draft')).toEqual([{ conversationId: 'c1', disposition: 'refund', notes: 'Refund agreed' }]);
  });

  it('restores a saved draft over the pre-fill when it opens', async () => {
    const draft = { conversationId: 'c1', disposition: 'resolved', notes: 'Typed before the restart', idempotencyKey: 'key-c1-abcdef', updatedAt: '2030-01-01T14:12:00.000Z' };
    const { notes, disposition, baton } = await openWrapUp({ 'wrapup:get-draft': () => ({ ok: true, value: draft }) });
    expect(baton.callsTo('wrapup:get-draft')).toEqual([{ conversationId: 'c1' }]);
    expect(notes).toHaveValue('Typed before the restart');
    expect(disposition).toHaveValue('resolved');
  });

  it('lists what is missing before submitting, and submits nothing', async () => {
    const { user, notes, baton } = await openWrapUp();
    await user.clear(notes);
    await user.click(screen.getByRole('button', { name: 'Submit wrap-up' }));
    expect(screen.getByText('Choose a disposition')).toHaveAttribute('role', 'alert');
    expect(screen.getByText('Notes are required for this queue')).toHaveAttribute('role', 'alert');
    expect(notes).toHaveAttribute('aria-invalid', 'true');
    expect(baton.callsTo('wrapup:submit')).toEqual([]);
  });

  it('saves what is on screen, submits once even on a double click, and the conversation leaves the list', async () => {
    let release: () => void = () => undefined;
    const wrapped = { ...makeEnded(base, inTwoMinutes()).conversation, status: 'wrapped' as const };
    const submit = () => new Promise<{ ok: true; value: typeof wrapped }>((resolve) => (release = () => resolve({ ok: true, value: wrapped })));
    const { user, baton, disposition } = await openWrapUp({ 'wrapup:submit': submit });
    await user.selectOptions(disposition, 'resolved');
    await user.dblClick(screen.getByRole('button', { name: 'Submit wrap-up' }));
    await vi.waitFor(() => expect(baton.callsTo('wrapup:submit')).toHaveLength(1));
    expect(baton.callsTo('wrapup:save-draft').at(-1)).toMatchObject({ conversationId: 'c1', disposition: 'resolved' });
    await user.click(screen.getByRole('button', { name: 'Submit wrap-up' }));
    act(() => release());
    await vi.waitFor(() => expect(screen.queryByRole('option', { name: /Maria Lopez/ })).toBeNull());
    expect(baton.callsTo('wrapup:submit')).toEqual([{ conversationId: 'c1' }]);
    expect(screen.queryByRole('region', { name: 'Wrap-up' })).toBeNull();
  });

  it('extends the after-contact work with the new deadline', async () => {
    const later = new Date(Date.now() + 600_000).toISOString();
    const { user, baton, panel } = await openWrapUp({
      'wrapup:extend': () => ({ ok: true, value: { ...makeEnded(base, later).conversation } }),
    });
    await user.click(within(panel).getByRole('button', { name: 'Extend' }));
    expect(baton.callsTo('wrapup:extend')).toEqual([{ conversationId: 'c1' }]);
    expect(within(panel).getByRole('timer').textContent).toMatch(/^(10:00|09:59)$/);
  });
});
