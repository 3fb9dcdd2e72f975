// The call bar in place of the composer for voice: state words, the timer, which buttons make sense,
// buttons waiting for the connector's event, the error when a command fails or is never confirmed, and
// the phone icon plus timer in the conversation list.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CallState } from '../../../shared/domain/call';
import type { AssignedConversation, ConversationSummary } from '../../../shared/domain/conversation';
import { ServicesContext } from '../../app/services';
import { createStores } from '../../app/stores';
import { makeAssigned, makeContext } from '../../test/contexts';
import { createFakeBaton, sessionFor } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';
import { CallBar } from './CallBar';
import { formatCallTime } from './call-words';

const voice: AssignedConversation = makeAssigned('v1', makeContext({ channel: 'voice', customer: { displayName: 'Sam Caller' } }));
const call = (state: CallState['state'], extra: Partial<CallState> = {}): CallState => ({
  state,
  muted: false,
  connectedAt: state === 'ringing' ? null : new Date(Date.now() - 65_000).toISOString(),
  heldSince: null,
  ...extra,
});
const withCall = (value: CallState | null, extra: Partial<ConversationSummary> = {}): ConversationSummary => ({ ...voice.conversation, call: value, ...extra });

function setup() {
  const view = renderApp({
    'session:get': () => ({ ok: true, value: sessionFor('agent1') }),
    'conversation:list': () => ({ ok: true, value: [voice] }),
    'call:command': () => ({ ok: true, value: voice.conversation }),
  });
  const report = (value: CallState | null) => view.baton.emit('conversation:updated', withCall(value));
  return { ...view, report };
}

const bar = () => screen.getByRole('region', { name: 'Call' });
const button = (name: string) => within(bar()).getByRole('button', { name });

describe('CallBar', () => {
  it('replaces the composer for voice and follows the call from ringing to hold and back', async () => {
    const { user, baton, report } = setup();
    await user.click(await screen.findByRole('option', { name: /Sam Caller/ }));
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    expect(bar()).toHaveTextContent('Connecting');

    report(call('ringing'));
    expect(await within(bar()).findByText('Ringing')).toBeInTheDocument();
    expect(within(bar()).queryByRole('timer')).toBeNull();
    expect(button('Hold')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('Answer'));
    expect(baton.callsTo('call:command')).toEqual([{ conversationId: 'v1', command: 'answer' }]);
    // Waiting for the connector: every button holds still.
    expect(button('Answer')).toHaveAttribute('aria-disabled', 'true');
    expect(button('End call')).toHaveAttribute('aria-disabled', 'true');
    expect(bar()).toHaveTextContent('Waiting for the phone system to answer');

    report(call('connected'));
    expect(await within(bar()).findByText('Connected')).toBeInTheDocument();
    expect(within(bar()).getByRole('timer', { name: 'Call time' })).toHaveTextContent(/^01:0\d$/);
    expect(within(bar()).queryByRole('button', { name: 'Answer' })).toBeNull();
    expect(button('Hold')).not.toHaveAttribute('aria-disabled');
    expect(button('Mute')).toHaveAttribute('aria-pressed', 'false');

    await user.click(button('Hold'));
    report(call('on-hold', { heldSince: new Date().toISOString() }));
    expect(await within(bar()).findByText('On hold')).toBeInTheDocument();
    expect(bar()).toHaveClass('callbar--held');
    await user.click(button('Resume'));
    report(call('connected', { muted: true }));
    expect(await within(bar()).findByRole('button', { name: 'Unmute' })).toHaveAttribute('aria-pressed', 'true');
    expect(bar()).toHaveTextContent('Muted');
    expect(baton.callsTo('call:command').map((c) => (c as { command: string }).command)).toEqual(['answer', 'hold', 'resume']);
  });

  it('sends commands from the keyboard (Alt+H, Alt+M, Alt+E)', async () => {
    const { user, baton, report } = setup();
    await user.click(await screen.findByRole('option', { name: /Sam Caller/ }));
    report(call('connected'));
    await within(bar()).findByText('Connected');
    await user.keyboard('{Alt>}h{/Alt}');
    report(call('on-hold'));
    await within(bar()).findByText('On hold');
    await user.keyboard('{Alt>}m{/Alt}');
    report(call('on-hold', { muted: true }));
    await within(bar()).findByRole('button', { name: 'Unmute' });
    await user.keyboard('{Alt>}e{/Alt}');
    expect(baton.callsTo('call:command').map((c) => (c as { command: string }).command)).toEqual(['hold', 'mute', 'end']);
  });

  it('shows the phone icon and the call timer in the conversation list', async () => {
    const { report } = setup();
    const option = await screen.findByRole('option', { name: /Sam Caller/ });
    expect(option).toHaveTextContent('voice');
    expect(within(option).queryByRole('timer')).toBeNull();
    report(call('connected'));
    expect(await within(option).findByRole('timer')).toHaveTextContent(/^01:0\d$/);
  });

  it('says why a refused command failed and re-enables the buttons', async () => {
    const { report } = renderWith({ ok: false, error: { code: 'invalid-request', message: 'Cannot hold now: the call is ringing' } });
    report(call('connected'));
    await userEvent.click(await screen.findByRole('button', { name: 'Hold' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not hold: Cannot hold now: the call is ringing');
    expect(screen.getByRole('button', { name: 'Hold' })).not.toHaveAttribute('aria-disabled');
  });

  it('gives up waiting for an unconfirmed command with an inline error', async () => {
    const { report } = renderWith({ ok: true, value: voice.conversation }, 0);
    report(call('connected'));
    await userEvent.click(await screen.findByRole('button', { name: 'Hold' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The phone system has not confirmed "hold" yet. Try again.');
    expect(screen.getByRole('button', { name: 'Hold' })).not.toHaveAttribute('aria-disabled');
  });

  it('formats the timer as mm:ss, minutes past an hour included', () => {
    const at = '2030-01-01T10:00:00.000Z';
    expect(formatCallTime(at, Date.parse(at) + 9_000)).toBe('00:09');
    expect(formatCallTime(at, Date.parse(at) + 3_725_000)).toBe('62:05');
    expect(formatCallTime(at, Date.parse(at) - 5_000)).toBe('00:00');
  });
});

/** The bar alone, so the confirmation timeout can be shortened. */
function renderWith(answer: { ok: true; value: ConversationSummary } | { ok: false; error: { code: 'invalid-request'; message: string } }, confirmTimeoutMs?: number) {
  const baton = createFakeBaton({ 'call:command': () => answer });
  const stores = createStores(null);
  const ui = (value: CallState | null) => (
    <ServicesContext.Provider value={{ baton, stores }}>
      <CallBar conversationId="v1" call={value} {...(confirmTimeoutMs === undefined ? {} : { confirmTimeoutMs })} />
    </ServicesContext.Provider>
  );
  const view = render(ui(null));
  return { report: (value: CallState | null) => view.rerender(ui(value)) };
}
