// Canned responses in the composer: "/" opens the list, typing filters it, arrows and Enter insert the
// filled text, Esc closes; unfilled variables are flagged and the message cannot be sent until replaced.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CannedResponse } from '../../../shared/domain/canned';
import { makeAssigned, mariaContext } from '../../test/contexts';
import { sessionFor, type FakeHandlers } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';

const CANNED: CannedResponse[] = [
  { id: 'greet', title: 'Greeting', text: "Hi {{customer.firstName}}, I'm {{agent.firstName}}.", tags: ['hello'] },
  { id: 'label', title: 'Return label sent', text: 'Label for order {{fact.orderNumber}} is on its way.', tags: ['returns'] },
  { id: 'dob', title: 'Confirm birthday', text: 'Is your date of birth {{fact.dateOfBirth}}?', tags: ['identity'] },
];

async function openMaria(cannedList: FakeHandlers['canned:list'] = () => ({ ok: true, value: CANNED })) {
  const rendered = renderApp({
    'session:get': () => ({ ok: true, value: sessionFor('agent1') }),
    'conversation:list': () => ({ ok: true, value: [makeAssigned('c1', mariaContext(), '2030-01-01T14:02:00.000Z')] }),
    'canned:list': cannedList,
  });
  await rendered.user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
  return { ...rendered, composer: screen.getByRole('textbox', { name: 'Message' }) };
}

const picker = () => screen.queryByRole('listbox', { name: 'Canned responses' });
const titles = () => within(screen.getByRole('listbox', { name: 'Canned responses' })).getAllByRole('option').map((o) => o.querySelector('.canned__title')?.textContent);

describe('canned responses in the composer', () => {
  it('opens on "/" at the start and filters by title, tags and text', async () => {
    const { user, composer, baton } = await openMaria();
    await user.type(composer, 'see /');
    expect(picker()).toBeNull();
    await user.clear(composer);
    await user.type(composer, '/');
    expect(await screen.findAllByRole('option', { name: /Greeting|Return label|Confirm birthday/ })).toHaveLength(3);
    await user.type(composer, 'return');
    expect(titles()).toEqual(['Return label sent']);
    await user.clear(composer);
    await user.type(composer, '/identity');
    expect(titles()).toEqual(['Confirm birthday']);
    await user.type(composer, ' zzz');
    expect(screen.getByText(/No canned response matches/)).toBeInTheDocument();
    expect(baton.callsTo('canned:list')).toHaveLength(1);
  });

  it('moves with the arrows and inserts the filled text with Enter, without sending', async () => {
    const { user, composer, baton } = await openMaria();
    await user.type(composer, '/');
    await screen.findAllByRole('option', { name: /Greeting/ });
    expect(within(picker() as HTMLElement).getByRole('option', { selected: true })).toHaveTextContent('Greeting');
    await user.keyboard('{ArrowDown}');
    const selected = within(picker() as HTMLElement).getByRole('option', { selected: true });
    expect(selected).toHaveTextContent('Return label sent');
    expect(composer).toHaveAttribute('aria-activedescendant', selected.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(composer).toHaveValue("Hi Maria, I'm Alex.");
    expect(picker()).toBeNull();
    expect(baton.callsTo('message:send')).toEqual([]);
    expect(screen.queryByText(/before sending/)).toBeNull();
    await user.keyboard('{Enter}');
    expect(baton.callsTo('message:send')).toEqual([{ conversationId: 'c1', text: "Hi Maria, I'm Alex." }]);
  });

  it('closes with Esc and leaves the typed text alone', async () => {
    const { user, composer } = await openMaria();
    await user.type(composer, '/gre');
    await screen.findAllByRole('option', { name: /Greeting/ });
    await user.keyboard('{Escape}');
    expect(picker()).toBeNull();
    expect(composer).toHaveValue('/gre');
    await user.type(composer, 'e');
    expect(picker()).not.toBeNull();
  });

  it('inserts with missing variables visible, names them in an alert, and refuses to send until replaced', async () => {
    const { user, composer, baton } = await openMaria();
    await user.type(composer, '/birthday');
    await screen.findAllByRole('option', { name: /Confirm birthday/ });
    await user.keyboard('{Enter}');
    expect(composer).toHaveValue('Is your date of birth {{fact.dateOfBirth}}?');
    const warning = screen.getByText(/before sending/);
    expect(warning).toHaveAttribute('role', 'alert');
    expect(warning).toHaveTextContent('Replace {{fact.dateOfBirth}} before sending.');
    expect(composer).toHaveAttribute('aria-invalid', 'true');

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(baton.callsTo('message:send')).toEqual([]);

    await user.clear(composer);
    await user.type(composer, 'Is your date of birth 4 May?');
    expect(screen.queryByText(/before sending/)).toBeNull();
    await user.keyboard('{Enter}');
    expect(baton.callsTo('message:send')).toEqual([{ conversationId: 'c1', text: 'Is your date of birth 4 May?' }]);
  });

  it('says so when the canned responses cannot be loaded', async () => {
    const { user, composer } = await openMaria(() => ({ ok: false, error: { code: 'unreachable', message: 'Baton is not connected' } }));
    await user.type(composer, '/');
    expect(await screen.findByText('Canned responses are not available: Baton is not connected')).toBeInTheDocument();
  });
});
