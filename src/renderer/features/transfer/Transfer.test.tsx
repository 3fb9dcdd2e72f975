// Transfer with context in the renderer: the dialog (note required, queues and online agents, warm and
// cold), the waiting banner with "Cancel transfer", the offer card's transfer line and the handover note
// at the top of the receiving agent's context. Customer and agent text is shown as text, never markup.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssignedConversation, ConversationSummary } from '../../../shared/domain/conversation';
import type { Directory, TransferRecord } from '../../../shared/domain/transfer';
import { makeAssigned, makeOffer, mariaContext } from '../../test/contexts';
import { sessionFor, type FakeHandlers } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';

const directory: Directory = {
  queues: [{ id: 'billing', name: 'Billing' }],
  agents: [
    { username: 'agent2', displayName: 'Bo Berg', presence: 'available', online: true },
    { username: 'agent3', displayName: 'Cy Offline', presence: 'offline', online: false },
  ],
};

const HOSTILE = '<img src=x onerror=alert(1)> call back after 5';

const record = (overrides: Partial<TransferRecord> = {}): TransferRecord => ({
  from: 'agent1',
  fromName: 'Ana Silva',
  target: { kind: 'agent', username: 'agent2' },
  mode: 'warm',
  note: HOSTILE,
  at: '2030-01-01T14:05:00.000Z',
  state: 'done',
  ...overrides,
});

async function openMaria(handlers: Partial<FakeHandlers> = {}, assigned: AssignedConversation = makeAssigned('c1', mariaContext())) {
  const app = renderApp({
    'session:get': () => ({ ok: true, value: sessionFor('agent1') }),
    'conversation:list': () => ({ ok: true, value: [assigned] }),
    'directory:list': () => ({ ok: true, value: directory }),
    ...handlers,
  });
  await app.user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
  return app;
}

const summary = (conversation: ConversationSummary, patch: Partial<ConversationSummary>): ConversationSummary => ({ ...conversation, ...patch });

describe('transfer dialog', () => {
  it('requires a handover note, offers queues and online agents only, and waits for a warm transfer', async () => {
    const maria = makeAssigned('c1', mariaContext());
    const { user, baton } = await openMaria({
      'transfer:request': () => ({ ok: true, value: maria.conversation }),
      'transfer:cancel': () => ({ ok: true, value: maria.conversation }),
    });
    await user.click(screen.getByRole('button', { name: 'Transfer' }));
    const dialog = screen.getByRole('dialog', { name: 'Transfer conversation' });
    expect(within(dialog).getByRole('textbox', { name: 'Handover note' })).toHaveFocus();
    await within(dialog).findByRole('radio', { name: 'Bo Berg' });
    expect(within(dialog).getByRole('radio', { name: 'Billing queue' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('radio', { name: 'Cy Offline' })).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Transfer' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose a queue or an agent');
    await user.click(within(dialog).getByRole('radio', { name: 'Bo Berg' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Handover note' }), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Transfer' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Write a handover note for the next agent');
    expect(baton.callsTo('transfer:request')).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: 'Handover note' }), 'Refund approved');
    expect(within(dialog).getByRole('radio', { name: 'Warm (consult first)' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(baton.callsTo('transfer:request')).toEqual([{ conversationId: 'c1', target: { kind: 'agent', username: 'agent2' }, mode: 'warm', note: 'Refund approved' }]);

    const banner = screen.getByText(/waiting for Bo Berg to accept/);
    expect(screen.getByRole('button', { name: 'Transfer' })).toBeDisabled();
    await user.click(within(banner.parentElement ?? banner).getByRole('button', { name: 'Cancel transfer' }));
    expect(baton.callsTo('transfer:cancel')).toEqual([{ conversationId: 'c1' }]);
    await waitFor(() => expect(screen.queryByText(/waiting for Bo Berg/)).toBeNull());
  });

  it('sends a queue transfer cold and the conversation leaves the list; a refusal shows in the dialog', async () => {
    const maria = makeAssigned('c1', mariaContext());
    let refuse = true;
    const { user } = await openMaria({
      'transfer:request': () =>
        refuse
          ? { ok: false, error: { code: 'invalid-request', message: 'Bo Berg is offline' } }
          : { ok: true, value: summary(maria.conversation, { status: 'queued', assignedTo: null, queue: 'billing', queueName: 'Billing' }) },
    });
    await user.keyboard('{Alt>}t{/Alt}');
    const dialog = screen.getByRole('dialog', { name: 'Transfer conversation' });
    await user.click(await within(dialog).findByRole('radio', { name: 'Billing queue' }));
    expect(within(dialog).getByRole('radio', { name: 'Warm (consult first)' })).toBeDisabled();
    expect(within(dialog).getByRole('radio', { name: 'Cold' })).toBeChecked();
    await user.type(within(dialog).getByRole('textbox', { name: 'Handover note' }), 'Billing question');
    await user.click(within(dialog).getByRole('button', { name: 'Transfer' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Could not transfer: Bo Berg is offline');
    refuse = false;
    await user.click(within(dialog).getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(screen.queryByRole('option', { name: /Maria Lopez/ })).toBeNull());
  });

  it('drops a conversation from the list when it moves to another agent (warm transfer accepted)', async () => {
    const maria = makeAssigned('c1', mariaContext());
    const { baton } = await openMaria();
    act(() => baton.emit('conversation:updated', summary(maria.conversation, { assignedTo: 'agent2' })));
    await waitFor(() => expect(screen.queryByRole('option', { name: /Maria Lopez/ })).toBeNull());
  });
});

describe('receiving a transfer', () => {
  it('shows "Transfer from" and the note on the offer card, as text', async () => {
    const { baton } = renderApp({ 'session:get': () => ({ ok: true, value: sessionFor('agent2') }) });
    // The workspace (and its offer stack) shows once the session has loaded.
    await screen.findByLabelText('Presence');
    const offer = { ...makeOffer('o1', mariaContext()), transfer: record({ state: 'pending' }) };
    act(() => baton.emit('contact:offered', offer));
    const card = await screen.findByRole('article', { name: /^Incoming contact/ });
    expect(card).toHaveTextContent('Transfer from Ana Silva');
    expect(within(card).getByText(HOSTILE)).toBeInTheDocument();
    expect(card.querySelector('img')).toBeNull();
  });

  it('puts the handover note at the top of the context, above the story', async () => {
    const assigned = { ...makeAssigned('c1', mariaContext()), transfers: [record({ note: 'First note', fromName: 'Old Agent', at: '2030-01-01T14:00:00.000Z' }), record()] };
    await openMaria({}, assigned);
    const panel = screen.getByRole('region', { name: 'Customer context' });
    const headings = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual(['Handover from Ana Silva', 'Handover from Old Agent', 'The story so far']);
    const latest = within(panel).getByRole('region', { name: 'Handover from Ana Silva' });
    expect(latest).toHaveTextContent(HOSTILE);
    expect(latest.querySelector('img')).toBeNull();
  });
});
