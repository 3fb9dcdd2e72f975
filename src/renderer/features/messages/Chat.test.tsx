// Live chat in the open conversation: Enter sends and Shift+Enter adds a line, a failed send keeps
// the draft, unread counts, internal notes, the typing line, ending with confirmation, and customer
// text always rendered as text.
import { screen, within } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { makeAssigned, makeContext, makeMessage, mariaContext } from '../../test/contexts';
import { sessionFor, type FakeHandlers } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';

const maria = makeAssigned('c1', mariaContext(), '2030-01-01T14:02:00.000Z');
const dan = makeAssigned('c2', makeContext({ customer: { displayName: 'Dan Wu' } }), '2030-01-01T13:00:00.000Z');

async function openMaria(handlers: Partial<FakeHandlers> = {}) {
  const app = renderApp({
    'session:get': () => ({ ok: true, value: sessionFor('agent1') }),
    'conversation:list': () => ({ ok: true, value: [maria, dan] }),
    ...handlers,
  });
  await app.user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
  return app;
}

describe('chat', () => {
  it('Enter sends the message; Shift+Enter adds a line instead', async () => {
    const { user, baton } = await openMaria();
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, 'First line{Shift>}{Enter}{/Shift}second line');
    expect(box).toHaveValue('First line\nsecond line');
    expect(baton.callsTo('message:send')).toEqual([]);
    await user.keyboard('{Enter}');
    expect(baton.callsTo('message:send')).toEqual([{ conversationId: 'c1', text: 'First line\nsecond line' }]);
    expect(box).toHaveValue('');
  });

  it('keeps the draft and shows why when sending fails', async () => {
    const { user } = await openMaria({ 'message:send': () => ({ ok: false, error: { code: 'unreachable', message: 'The gateway is not reachable' } }) });
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, 'Are you there?{Enter}');
    expect(box).toHaveValue('Are you there?');
    expect(screen.getByText('Not sent: The gateway is not reachable')).toHaveAttribute('role', 'alert');
    expect(within(screen.getByRole('log', { name: 'Messages' })).queryByText('Are you there?')).toBeNull();
  });

  it('counts customer messages for a conversation that is not open, and opening it clears the count', async () => {
    const { user, baton } = await openMaria();
    act(() => {
      baton.emit('conversation:message', makeMessage('c2', 1, 'Hello?'));
      baton.emit('conversation:message', makeMessage('c2', 2, 'Anyone?'));
      baton.emit('conversation:message', makeMessage('c2', 2, 'Anyone?'));
      baton.emit('conversation:message', makeMessage('c1', 1, 'Thanks'));
    });
    const danOption = screen.getByRole('option', { name: /Dan Wu/ });
    expect(danOption).toHaveTextContent('2 unread');
    expect(screen.getByRole('option', { name: /Maria Lopez/ })).not.toHaveTextContent('unread');
    expect(screen.getByText(/^offers/)).toHaveTextContent('offers 0 · unread 2');
    await user.click(danOption);
    expect(danOption).not.toHaveTextContent('unread');
    const log = screen.getByRole('log', { name: 'Messages' });
    expect(within(log).getAllByText(/Hello\?|Anyone\?/).map((p) => p.textContent)).toEqual(['Hello?', 'Anyone?']);
  });

  it('adds an internal note from "Add note", marked "Internal note" in the log; Esc closes the box', async () => {
    const { user, baton } = await openMaria();
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const note = screen.getByRole('textbox', { name: 'Internal note' });
    expect(note).toHaveFocus();
    await user.type(note, 'Customer is a Gold member{Enter}');
    expect(baton.callsTo('note:add')).toEqual([{ conversationId: 'c1', text: 'Customer is a Gold member' }]);
    expect(baton.callsTo('message:send')).toEqual([]);
    expect(screen.getByRole('log', { name: 'Messages' })).toHaveTextContent('Internal note · YouCustomer is a Gold member');
    expect(screen.queryByRole('textbox', { name: 'Internal note' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Internal note' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add note' })).toHaveFocus();
  });

  it('shows "Customer is typing…" while typing, and hides it when they stop or their message arrives', async () => {
    const { baton } = await openMaria();
    act(() => baton.emit('conversation:typing', { conversationId: 'c1', typing: true }));
    expect(screen.getByText('Customer is typing…')).toBeInTheDocument();
    act(() => baton.emit('conversation:message', makeMessage('c1', 1, 'There')));
    expect(screen.queryByText('Customer is typing…')).toBeNull();
    act(() => baton.emit('conversation:typing', { conversationId: 'c1', typing: true }));
    act(() => baton.emit('conversation:typing', { conversationId: 'c1', typing: false }));
    expect(screen.queryByText('Customer is typing…')).toBeNull();
    act(() => baton.emit('conversation:typing', { conversationId: 'c2', typing: true }));
    expect(screen.queryByText('Customer is typing…')).toBeNull();
  });

  it('ends only after the inline confirmation, reachable from the keyboard', async () => {
    const ended = { ...maria.conversation, status: 'ended' as const, endedAt: '2030-01-01T14:10:00.000Z', acwDeadline: '2030-01-01T14:11:00.000Z' };
    const { user, baton } = await openMaria({ 'conversation:end': () => ({ ok: true, value: ended }) });
    await user.click(screen.getByRole('button', { name: 'End conversation' }));
    expect(baton.callsTo('conversation:end')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Yes, end it' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Yes, end it' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'End conversation' }));
    await user.keyboard('{Enter}');
    expect(baton.callsTo('conversation:end')).toEqual([{ conversationId: 'c1' }]);
    expect(await screen.findByRole('region', { name: 'Wrap-up' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    expect(screen.getByRole('option', { name: /Maria Lopez/ })).toHaveTextContent('Wrap-up');
  });

  it('Alt+ArrowDown and Alt+ArrowUp open the next and previous conversation from the message box', async () => {
    const { user } = await openMaria();
    await user.click(screen.getByRole('textbox', { name: 'Message' }));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('option', { name: /Dan Wu/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(screen.getByRole('option', { name: /Maria Lopez/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('renders HTML in messages as text', async () => {
    const { baton } = await openMaria();
    act(() => baton.emit('conversation:message', makeMessage('c1', 1, '<img src=x onerror=alert(1)><b>bold</b>')));
    const log = screen.getByRole('log', { name: 'Messages' });
    expect(log).toHaveTextContent('<img src=x onerror=alert(1)><b>bold</b>');
    expect(log.querySelector('img, b')).toBeNull();
  });
});
