// The open conversation: header, the transcript ending at the handover marker, the composer with
// the repeat guard, sending with the button, drafts kept per conversation, keyboard list moves.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssignedConversation } from '../../../shared/domain/conversation';
import { makeAssigned, makeContext, mariaContext } from '../../test/contexts';
import { sessionFor } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';

function withConversations(list: AssignedConversation[]) {
  return renderApp({
    'session:get': () => ({ ok: true, value: sessionFor('agent1') }),
    'conversation:list': () => ({ ok: true, value: list }),
  });
}

const maria = makeAssigned('c1', mariaContext(), '2030-01-01T14:02:00.000Z');
const dan = makeAssigned('c2', makeContext({ customer: { displayName: 'Dan Wu' }, intent: { name: 'addr', label: 'Address change' } }), '2030-01-01T13:00:00.000Z');

describe('ConversationView', () => {
  it('shows the header, the bot transcript and the handover marker', async () => {
    const { user } = withConversations([maria]);
    await user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
    const column = screen.getByRole('region', { name: 'Conversation' });
    expect(within(column).getByRole('heading', { name: 'Maria Lopez' })).toBeInTheDocument();
    expect(column).toHaveTextContent('Returns');
    const rows = within(within(column).getByRole('list', { name: 'Conversation transcript' })).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      'BotI can help with returns. What happened?',
      'CustomerMy blender arrived broken',
      'BotWould a replacement blender help?',
      'CustomerNo, I want a person',
      expect.stringMatching(/^handed over to you \d\d:\d\d$/),
    ]);
  });

  it('hints at a repeated ask with the known value, and Insert puts it in the draft', async () => {
    const { user } = withConversations([maria]);
    await user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
    const composer = screen.getByRole('textbox', { name: 'Message' });
    await user.type(composer, 'Can I have your order number?');
    const hint = screen.getAllByRole('status').find((s) => s.textContent?.includes('Already known'));
    if (!hint) throw new Error('no repeat-guard hint');
    expect(hint).toHaveTextContent('Already known: Order number A-4417');
    await user.click(within(hint).getByRole('button', { name: 'Insert Order number' }));
    expect(composer).toHaveValue('Can I have your order number? A-4417');
    expect(hint).not.toHaveTextContent('Already known');
  });

  it('masks a sensitive value in the hint', async () => {
    const { user } = withConversations([maria]);
    await user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), "What's your phone number?");
    expect(screen.getByText(/Already known: Phone/)).toHaveTextContent('Already known: Phone •••• 0134');
  });

  it('sends with the Send button and clears the draft; the message joins the Messages log', async () => {
    const { user, baton } = withConversations([maria]);
    await user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
    const composer = screen.getByRole('textbox', { name: 'Message' });
    await user.type(composer, '  Hello Maria  ');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(baton.callsTo('message:send')).toEqual([{ conversationId: 'c1', text: 'Hello Maria' }]);
    expect(composer).toHaveValue('');
    expect(screen.getByRole('log', { name: 'Messages' })).toHaveTextContent('YouHello Maria');
  });

  it('refuses a blank message with a clear error and sends nothing', async () => {
    const { user, baton } = withConversations([maria]);
    await user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), '   {Enter}');
    expect(screen.getByText('Write something first')).toHaveAttribute('role', 'alert');
    expect(baton.callsTo('message:send')).toEqual([]);
  });

  it('keeps a draft per conversation when switching, and moves through the list with the keyboard', async () => {
    const { user } = withConversations([maria, dan]);
    const mariaOption = await screen.findByRole('option', { name: /Maria Lopez/ });
    await user.click(mariaOption);
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Draft for Maria');
    mariaOption.focus();
    await user.keyboard('{ArrowDown}');
    const danOption = screen.getByRole('option', { name: /Dan Wu/ });
    expect(danOption).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(danOption).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Draft for Maria');
  });

  it('lists each conversation with its intent, channel and sentiment word', async () => {
    withConversations([maria, dan]);
    const option = await screen.findByRole('option', { name: /Maria Lopez/ });
    expect(option).toHaveTextContent('Return a damaged item');
    expect(option).toHaveTextContent('chat');
    expect(option).toHaveTextContent('negative');
    expect(screen.getByRole('option', { name: /Dan Wu/ })).toHaveTextContent('mood unknown');
  });
});
