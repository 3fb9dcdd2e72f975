// Presence takeover as the first desktop sees it: the link goes unauthorized with the gateway's sentence,
// the banner and the pill say why, and "Log in again" is offered; the open workspace stays.
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionFor } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';

const REASON = 'You signed in on another desktop at 09:05.';

describe('takeover by another desktop', () => {
  it('shows the gateway\'s reason once, with "Log in again", and keeps the workspace', async () => {
    const { baton } = renderApp({ 'session:get': () => ({ ok: true, value: sessionFor('agent1') }) });
    await screen.findByRole('region', { name: 'Conversations' });
    act(() =>
      baton.emit('link:state-changed', {
        status: 'unauthorized',
        gatewayUrl: 'http://127.0.0.1:7400',
        reason: REASON,
        attempt: 0,
        nextRetryAt: null,
        since: new Date().toISOString(),
      }),
    );
    const banner = screen.getAllByRole('alert').find((a) => a.textContent?.includes('Link unauthorized'));
    expect(banner).toHaveTextContent(`Link unauthorized: ${REASON} The gateway no longer accepts this session.`);
    expect(screen.getByRole('status', { name: 'Link status' })).toHaveTextContent(REASON);
    expect(screen.getByRole('button', { name: 'Log in again' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Conversations' })).toBeInTheDocument();
  });
});
