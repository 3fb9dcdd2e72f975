// The wellbeing card in the agent workspace: appears when a suggestion arrives, takes a break through
// presence:set, adds wrap-up time through wrapup:extend only while that contact is in after-contact work,
// and "Not now" puts it away.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssignedConversation } from '../../../shared/domain/conversation';
import type { WellbeingSuggestion } from '../../../shared/domain/wellbeing';
import { makeAssigned, makeEnded, mariaContext } from '../../test/contexts';
import { sessionFor, type FakeHandlers } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';

const suggestion: WellbeingSuggestion = { streak: 3, conversationId: 'c1', breakMinutes: 5, at: '2030-01-01T14:10:00.000Z' };
const inTwoMinutes = () => new Date(Date.now() + 120_000).toISOString();

async function suggested(conversations: AssignedConversation[], handlers: Partial<FakeHandlers> = {}) {
  const app = renderApp({
    'session:get': () => ({ ok: true, value: sessionFor('agent1') }),
    'conversation:list': () => ({ ok: true, value: conversations }),
    ...handlers,
  });
  await screen.findByRole('region', { name: 'Conversations' });
  expect(screen.queryByRole('heading', { name: 'That was a hard run' })).not.toBeInTheDocument();
  act(() => app.baton.emit('wellbeing:suggestion', suggestion));
  const card = screen.getByRole('status', { name: 'Wellbeing' });
  return { ...app, card };
}

describe('WellbeingCard', () => {
  it('says what happened in a polite live region, and takes the break with presence:set', async () => {
    const { baton, card, user, stores } = await suggested([]);
    expect(card).toHaveAttribute('aria-live', 'polite');
    expect(within(card).getByRole('heading', { name: 'That was a hard run' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Your last 3 contacts were very negative. A 5-minute break can help.');
    expect(within(card).queryByRole('button', { name: 'More wrap-up time' })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Take a 5-minute break' }));
    expect(baton.callsTo('presence:set')).toEqual([{ state: 'break' }]);
    expect(stores.presence.getState().presence?.state).toBe('break');
    expect(within(card).queryByRole('heading')).not.toBeInTheDocument();
  });

  it('offers more wrap-up time while that contact is in after-contact work, through wrapup:extend', async () => {
    const ended = makeEnded(makeAssigned('c1', mariaContext()), inTwoMinutes());
    const later = new Date(Date.now() + 150_000).toISOString();
    const { baton, card, user } = await suggested([ended], {
      'wrapup:extend': ({ conversationId }) => ({ ok: true, value: { ...ended.conversation, conversationId, acwDeadline: later } }),
    });
    await user.click(await within(card).findByRole('button', { name: 'More wrap-up time' }));
    expect(baton.callsTo('wrapup:extend')).toEqual([{ conversationId: 'c1' }]);
    expect(within(card).queryByRole('heading')).not.toBeInTheDocument();
  });

  it('keeps the card and says why when the break cannot start; "Not now" puts it away without a call', async () => {
    const { baton, card, user } = await suggested([], {
      'presence:set': () => ({ ok: false, error: { code: 'unreachable', message: 'The gateway is not reachable.' } }),
    });
    await user.click(within(card).getByRole('button', { name: 'Take a 5-minute break' }));
    expect(card).toHaveTextContent('Could not start the break: The gateway is not reachable.');
    await user.click(within(card).getByRole('button', { name: 'Not now' }));
    expect(within(card).queryByRole('heading')).not.toBeInTheDocument();
    expect(baton.callsTo('wrapup:extend')).toEqual([]);
  });

  it('is reachable from the keyboard', async () => {
    const { card, user } = await suggested([]);
    within(card).getByRole('button', { name: 'Take a 5-minute break' }).focus();
    await user.tab();
    expect(within(card).getByRole('button', { name: 'Not now' })).toHaveFocus();
  });
});
