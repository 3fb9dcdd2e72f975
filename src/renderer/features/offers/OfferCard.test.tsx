// Offers end to end inside the renderer: contact:offered shows a card with the one-line story and
// countdown, Accept opens the conversation, Reject and withdrawal remove it, errors stay inline.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../../shared/domain/conversation';
import { makeAssigned, makeContext, makeOffer, mariaContext } from '../../test/contexts';
import { sessionFor } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';
import type { OfferAlerts } from './alerting';

function agentApp(overrides: Parameters<typeof renderApp>[0] = {}, alerted: Offer[] = []) {
  const alerts: OfferAlerts = {
    offered: (offer) => {
      alerted.push(offer);
      return Promise.resolve();
    },
  };
  return renderApp(
    {
      'session:get': () => ({ ok: true, value: sessionFor('agent1') }),
      'contact:accept': ({ offerId }) => ({ ok: true, value: makeAssigned(`conv-${offerId}`, mariaContext()) }),
      ...overrides,
    },
    { alerts },
  );
}

const card = () => screen.getByRole('article', { name: /^Incoming contact/ });

describe('offer card', () => {
  it('appears on contact:offered with the name, one-line story, queue, channel and countdown, and alerts once', async () => {
    const alerted: Offer[] = [];
    const { baton } = agentApp({}, alerted);
    await screen.findByRole('region', { name: 'Conversations' });
    const offer = makeOffer('o1', mariaContext());
    act(() => baton.emit('contact:offered', offer));
    act(() => baton.emit('contact:offered', offer));

    const article = screen.getByRole('article', { name: 'Incoming contact from Maria Lopez' });
    expect(article).toHaveAccessibleDescription('Maria Lopez · verified · Return a damaged item · negative');
    expect(article).toHaveTextContent('Returns');
    expect(article).toHaveTextContent('chat');
    expect(article).toHaveTextContent(/waiting 0:4\d/);
    expect(within(article).getByTitle('Time left to answer')).toHaveTextContent(/^(19|20) s left to answer$/);
    expect(within(article).getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-keyshortcuts', 'Control+Enter Meta+Enter');
    expect(screen.getByRole('status', { name: 'Offer announcements' })).toHaveTextContent('Incoming contact from Maria Lopez');
    expect(screen.getByText('offers', { exact: false })).toHaveTextContent('offers 1');
    expect(alerted).toHaveLength(1);
  });

  it('Accept invokes contact:accept, removes the card and opens the conversation', async () => {
    const { baton, user } = agentApp();
    await screen.findByRole('region', { name: 'Conversations' });
    act(() => baton.emit('contact:offered', makeOffer('o1', mariaContext())));
    await user.click(within(card()).getByRole('button', { name: 'Accept' }));
    expect(baton.callsTo('contact:accept')).toEqual([{ offerId: 'o1' }]);
    await waitFor(() => expect(screen.queryByRole('article')).not.toBeInTheDocument());
    expect(screen.getByRole('option', { name: /Maria Lopez/, selected: true })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Customer context' })).getByRole('heading', { name: 'The story so far' })).toBeInTheDocument();
  });

  it('accepts the newest offer with Ctrl+Enter outside the message box', async () => {
    const { baton, user } = agentApp();
    await screen.findByRole('region', { name: 'Conversations' });
    act(() => baton.emit('contact:offered', makeOffer('o1', mariaContext())));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(baton.callsTo('contact:accept')).toEqual([{ offerId: 'o1' }]);
    await screen.findByRole('textbox', { name: 'Message' });
  });

  it('rejects the offer that shows the shortcut hints with Alt+R, and does nothing without an offer', async () => {
    const { baton, user } = agentApp();
    await screen.findByRole('region', { name: 'Conversations' });
    await user.keyboard('{Alt>}r{/Alt}');
    expect(baton.callsTo('contact:reject')).toEqual([]);
    act(() => baton.emit('contact:offered', makeOffer('o1', mariaContext())));
    act(() => baton.emit('contact:offered', makeOffer('o5', makeContext())));
    const hinted = screen.getAllByRole('article').find((article) => within(article).getByRole('button', { name: 'Reject' }).hasAttribute('aria-keyshortcuts'));
    const hintedId = hinted?.getAttribute('aria-label')?.includes('Maria') ? 'o1' : 'o5';
    await user.keyboard('{Alt>}r{/Alt}');
    expect(baton.callsTo('contact:reject')).toEqual([{ offerId: hintedId }]);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
  });

  it('Reject invokes contact:reject and removes the card', async () => {
    const { baton, user } = agentApp();
    await screen.findByRole('region', { name: 'Conversations' });
    act(() => baton.emit('contact:offered', makeOffer('o2', makeContext())));
    expect(card()).toHaveAccessibleName('Incoming contact from an unnamed customer');
    await user.click(within(card()).getByRole('button', { name: 'Reject' }));
    expect(baton.callsTo('contact:reject')).toEqual([{ offerId: 'o2' }]);
    await waitFor(() => expect(screen.queryByRole('article')).not.toBeInTheDocument());
  });

  it('removes the card when the offer is withdrawn', async () => {
    const { baton } = agentApp();
    await screen.findByRole('region', { name: 'Conversations' });
    act(() => baton.emit('contact:offered', makeOffer('o3', mariaContext())));
    expect(card()).toBeInTheDocument();
    act(() => baton.emit('contact:offer-withdrawn', { offerId: 'o3', conversationId: 'conv-o3', reason: 'abandoned' }));
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows a refused Accept inline and keeps the card', async () => {
    const { baton, user } = agentApp({ 'contact:accept': () => ({ ok: false, error: { code: 'gateway-error', message: 'Offer expired' } }) });
    await screen.findByRole('region', { name: 'Conversations' });
    act(() => baton.emit('contact:offered', makeOffer('o4', mariaContext())));
    await user.click(within(card()).getByRole('button', { name: 'Accept' }));
    expect(await within(card()).findByRole('alert')).toHaveTextContent('Could not accept: Offer expired');
    expect(within(card()).getByRole('button', { name: 'Accept' })).toBeEnabled();
  });

  it('lists ringing offers and owned conversations at startup', async () => {
    agentApp({
      'contact:list-offers': () => ({ ok: true, value: [makeOffer('o5', mariaContext())] }),
      'conversation:list': () => ({ ok: true, value: [makeAssigned('c9', makeContext({ customer: { displayName: 'Dan Wu' } }))] }),
    });
    expect(await screen.findByRole('article', { name: 'Incoming contact from Maria Lopez' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /Dan Wu/ })).toBeInTheDocument();
  });

  it('clears offers and conversations when the session ends', async () => {
    let owned = [makeAssigned('c9', mariaContext())];
    const { baton } = agentApp({ 'conversation:list': () => ({ ok: true, value: owned }) });
    await screen.findByRole('option', { name: /Maria Lopez/ });
    act(() => baton.emit('contact:offered', makeOffer('o6', mariaContext())));
    act(() => baton.emit('session:changed', null));
    await screen.findByLabelText('Password');
    owned = [];
    act(() => baton.emit('session:changed', sessionFor('agent2')));
    await screen.findByRole('region', { name: 'Conversations' });
    await waitFor(() => expect(baton.callsTo('conversation:list').length).toBeGreaterThanOrEqual(2));
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Maria Lopez/ })).not.toBeInTheDocument();
  });
});
