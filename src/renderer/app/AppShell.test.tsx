// The logged-in shell against a fake BatonApi: link status from events, the degraded banner,
// presence changes through presence:set, the user menu, theme, and the keyboard shortcuts.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LinkState } from '../../shared/domain/link';
import { sessionFor } from '../test/fake-baton';
import { renderApp } from '../test/render-app';

const NOW = Date.now();
const link = (patch: Partial<LinkState>): LinkState => ({
  status: 'online',
  gatewayUrl: 'http://127.0.0.1:7400',
  reason: null,
  attempt: 0,
  nextRetryAt: null,
  since: new Date(NOW).toISOString(),
  ...patch,
});

function loggedIn(role: 'agent' | 'supervisor' = 'agent') {
  return renderApp({
    'session:get': () => ({ ok: true, value: sessionFor(role === 'agent' ? 'agent1' : 'supervisor1', role) }),
    'link:get-state': () => ({ ok: true, value: link({ status: 'connecting' }) }),
    'presence:get': () => ({ ok: true, value: { state: 'offline', since: new Date(NOW - 61_000).toISOString() } }),
  });
}

describe('AppShell', () => {
  it('follows link state events in the Link status element', async () => {
    const { baton } = loggedIn();
    const status = await screen.findByRole('status', { name: 'Link status' });
    await waitFor(() => expect(status).toHaveTextContent('connecting'));
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Your workspace stays open');

    act(() => baton.emit('link:state-changed', link({ status: 'online' })));
    expect(status).toHaveTextContent('online');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    act(() =>
      baton.emit(
        'link:state-changed',
        link({ status: 'offline', reason: 'Gateway unreachable', attempt: 2, nextRetryAt: new Date(NOW + 30_000).toISOString() }),
      ),
    );
    expect(status).toHaveTextContent('offline');
    expect(status).toHaveTextContent('Gateway unreachable');
    expect(status).toHaveTextContent(/retry in \d+ s/);
    expect(screen.getByRole('alert')).toHaveTextContent('You can still read open conversations');
  });

  it('offers "Log in again" when unauthorized, which logs out to the login screen', async () => {
    const { baton, user } = loggedIn();
    await screen.findByRole('region', { name: 'Conversations' });
    act(() => baton.emit('link:state-changed', link({ status: 'unauthorized', reason: 'Token expired' })));
    expect(screen.getByRole('status', { name: 'Link status' })).toHaveTextContent('unauthorized');
    expect(screen.getByRole('alert')).toHaveTextContent('Token expired');
    await user.click(screen.getByRole('button', { name: 'Log in again' }));
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(baton.callsTo('session:log-out')).toHaveLength(1);
  });

  it('changes presence through presence:set and shows the confirmed state with time in state', async () => {
    const { baton, user } = loggedIn();
    const select = await screen.findByRole('combobox', { name: 'Presence' });
    await waitFor(() => expect(select).toHaveValue('offline'));
    expect(screen.getByTitle('Time in Offline')).toHaveTextContent(/^00:01:0\d$/);
    await user.selectOptions(select, 'busy');
    expect(baton.callsTo('presence:set')).toEqual([{ state: 'busy' }]);
    await waitFor(() => expect(select).toHaveValue('busy'));
    expect(screen.getByTitle('Time in Busy')).toBeInTheDocument();
  });

  it('shows a refused presence change as an alert and keeps the confirmed state', async () => {
    const { baton, user } = renderApp({
      'session:get': () => ({ ok: true, value: sessionFor('agent1') }),
      'link:get-state': () => ({ ok: true, value: link({ status: 'online' }) }),
      'presence:get': () => ({ ok: true, value: { state: 'available', since: new Date(NOW).toISOString() } }),
      'presence:set': () => ({ ok: false, error: { code: 'unreachable', message: 'Gateway unreachable' } }),
    });
    const select = await screen.findByRole('combobox', { name: 'Presence' });
    await waitFor(() => expect(select).toHaveValue('available'));
    await user.selectOptions(select, 'lunch');
    expect(await screen.findByRole('alert')).toHaveTextContent('Not changed: Gateway unreachable');
    expect(select).toHaveValue('available');
    expect(baton.callsTo('presence:set')).toEqual([{ state: 'lunch' }]);
  });

  it('offers "Go Available" in the empty conversation list', async () => {
    const { baton, user } = loggedIn();
    await user.click(await screen.findByRole('button', { name: 'Go Available' }));
    expect(baton.callsTo('presence:set')).toEqual([{ state: 'available' }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Go Available' })).not.toBeInTheDocument());
  });

  it('shows who is logged in, switches theme and logs out from the user menu', async () => {
    const { baton, user } = loggedIn();
    const menuButton = await screen.findByRole('button', { name: /Alex Agent/ });
    await user.click(menuButton);
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('agent', { selector: '.badge' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    await user.click(screen.getByRole('radio', { name: 'System' }));
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    await user.keyboard('{Escape}');
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton).toHaveFocus();
    await user.click(menuButton);
    await user.click(screen.getByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(baton.callsTo('session:log-out')).toHaveLength(1);
  });

  it('returns to the login screen when the host ends the session', async () => {
    const { baton } = loggedIn();
    await screen.findByRole('region', { name: 'Conversations' });
    act(() => baton.emit('session:changed', null));
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
  });

  it('focuses columns with Ctrl+1..3 and opens the shortcut help with ?', async () => {
    const { user } = loggedIn();
    const conversation = await screen.findByRole('region', { name: 'Conversation' });
    await user.keyboard('{Control>}2{/Control}');
    expect(conversation).toHaveFocus();
    await user.keyboard('{Control>}3{/Control}');
    expect(screen.getByRole('region', { name: 'Customer context' })).toHaveFocus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Show these shortcuts')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Customer context' })).toHaveFocus();
  });

  it('does not open help when ? is typed into a field', async () => {
    const { user } = loggedIn();
    await user.click(await screen.findByRole('combobox', { name: 'Presence' }));
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('starts with a skip link that moves focus to the workspace', async () => {
    const { user } = loggedIn();
    await screen.findByRole('region', { name: 'Conversations' });
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to workspace' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main', { name: 'Agent workspace' })).toHaveFocus();
  });
});
