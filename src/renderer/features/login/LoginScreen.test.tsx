// The login screen against a fake BatonApi: defaults, client-side validation, the host's refusal,
// the pending state, and the hand-over to the role's landing view.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import type { Session } from '../../../shared/domain/session';
import { sessionFor } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';

describe('LoginScreen', () => {
  it('pre-fills the gateway URL and username from app info and focuses the first empty field', async () => {
    renderApp();
    expect(await screen.findByLabelText('Gateway URL')).toHaveValue('http://127.0.0.1:7400');
    expect(screen.getByLabelText('Username')).toHaveValue('agent1');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(screen.getByText(/Demo gateway running/)).toHaveTextContent('agent1, agent2, supervisor1');
    expect(screen.getByText('baton-demo')).toBeInTheDocument();
  });

  it('shows a field error for an invalid URL and does not invoke session:log-in', async () => {
    const { baton, user } = renderApp();
    const url = await screen.findByLabelText('Gateway URL');
    await user.clear(url);
    await user.type(url, 'ftp://example.com');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText(/Use an http:\/\/ or https:\/\/ URL/)).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveFocus();
    expect(baton.callsTo('session:log-in')).toEqual([]);
  });

  it('shows every empty field as an error at once', async () => {
    const { baton, user } = renderApp({ 'app:get-info': () => ({ ok: true, value: { version: '1', mode: 'electron', defaults: { gatewayUrl: null, username: null }, demo: null } }) });
    expect(await screen.findByLabelText('Gateway URL')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.getByText('Enter the gateway URL')).toBeInTheDocument();
    expect(screen.getByText('Enter a username')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.queryByText(/Demo gateway/)).not.toBeInTheDocument();
    expect(baton.callsTo('session:log-in')).toEqual([]);
  });

  it('shows the bad-credentials refusal in an alert and keeps the form', async () => {
    const { user } = renderApp({
      'session:log-in': () => ({ ok: false, error: { code: 'bad-credentials', message: 'Wrong username or password' } }),
    });
    await user.type(await screen.findByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password');
    expect(screen.getByLabelText('Username')).toHaveValue('agent1');
  });

  it('says which gateway it could not reach', async () => {
    const { user } = renderApp({
      'session:log-in': () => ({ ok: false, error: { code: 'unreachable', message: 'ECONNREFUSED' } }),
    });
    await user.type(await screen.findByLabelText('Password'), 'pw');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent("Can't reach the gateway at http://127.0.0.1:7400");
  });

  it('submits on Enter, disables the button while pending, then shows the agent workspace', async () => {
    let finish: (result: Result<Session>) => void = () => {};
    const { baton, user } = renderApp({
      'session:log-in': () => new Promise<Result<Session>>((resolve) => (finish = resolve)),
    });
    await user.type(await screen.findByLabelText('Password'), 'baton-demo{Enter}');
    const button = await screen.findByRole('button', { name: 'Logging in…' });
    expect(button).toBeDisabled();
    expect(baton.callsTo('session:log-in')).toEqual([
      { gatewayUrl: 'http://127.0.0.1:7400', username: 'agent1', password: 'baton-demo' },
    ]);
    finish({ ok: true, value: sessionFor('agent1') });
    expect(await screen.findByRole('region', { name: 'Conversations' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Conversation' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Customer context' })).toBeInTheDocument();
    expect(screen.getByText(/New contacts appear here when you are Available/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Queues' })).not.toBeInTheDocument();
  });

  it('takes a supervisor to the Queues wallboard', async () => {
    const { user } = renderApp({ 'session:log-in': (form) => ({ ok: true, value: sessionFor(form.username, 'supervisor') }) });
    await user.clear(await screen.findByLabelText('Username'));
    await user.type(screen.getByLabelText('Username'), 'supervisor1');
    await user.type(screen.getByLabelText('Password'), 'baton-demo{Enter}');
    const queues = await screen.findByRole('region', { name: 'Queues' });
    for (const column of ['Waiting', 'Longest wait', 'Service level', 'Sentiment']) {
      expect(screen.getByRole('columnheader', { name: column })).toBeInTheDocument();
    }
    expect(queues).toHaveTextContent('No queue figures yet.');
    expect(screen.getByRole('region', { name: 'At risk' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Agents' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Conversations' })).not.toBeInTheDocument();
  });

  it('skips the login when the host already has a session', async () => {
    const { baton } = renderApp({ 'session:get': () => ({ ok: true, value: sessionFor('agent1') }) });
    expect(await screen.findByRole('region', { name: 'Conversations' })).toBeInTheDocument();
    await waitFor(() => expect(baton.callsTo('presence:get')).toHaveLength(1));
  });

  it('says so when the host cannot be reached at startup', async () => {
    const { baton, user } = renderApp({
      'app:get-info': () => ({ ok: false, error: { code: 'unreachable', message: 'The Baton host is not reachable' } }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Baton cannot reach its host');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(baton.callsTo('app:get-info')).toHaveLength(2));
  });
});
