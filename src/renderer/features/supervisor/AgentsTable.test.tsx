// The wallboard's Agents panel: filled from team:list once the link is online, kept current by
// team:agent-changed, with the hard-run marker in words and an icon from a streak of two.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LinkState } from '../../../shared/domain/link';
import type { AgentStatus } from '../../../shared/domain/team';
import { sessionFor, type FakeHandlers } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';

const since = new Date(Date.now() - 75_000).toISOString();
const online: LinkState = { status: 'online', gatewayUrl: 'http://127.0.0.1:7400', reason: null, attempt: 0, nextRetryAt: null, since };
const agent = (username: string, patch: Partial<AgentStatus> = {}): AgentStatus => ({
  username,
  displayName: `Agent ${username.slice(-1)}`,
  presence: { state: 'available', since },
  online: true,
  conversations: 0,
  capacity: 3,
  negativeStreak: 0,
  ...patch,
});

async function wallboard(handlers: Partial<FakeHandlers>) {
  const app = renderApp({
    'session:get': () => ({ ok: true, value: sessionFor('supervisor1', 'supervisor') }),
    'link:get-state': () => ({ ok: true, value: online }),
    ...handlers,
  });
  const panel = await screen.findByRole('region', { name: 'Agents' });
  return { ...app, panel };
}

const rowTexts = (panel: HTMLElement) => within(panel).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

describe('AgentsTable', () => {
  it('lists every agent with presence, time in state, load and the hard-run marker', async () => {
    const team = [agent('agent1', { conversations: 2, negativeStreak: 3 }), agent('agent2', { presence: { state: 'break', since }, negativeStreak: 1 }), agent('agent3', { online: false, presence: { state: 'offline', since } })];
    const { baton, panel } = await wallboard({ 'team:list': () => ({ ok: true, value: team }) });
    await within(panel).findByRole('table');
    expect(baton.callsTo('team:list')).toHaveLength(1);
    expect(rowTexts(panel)).toEqual([
      ['Agent 1', expect.stringMatching(/^Available\d\d:\d\d:\d\d$/), '2 / 3', 'Hard run: 3'],
      ['Agent 2', expect.stringMatching(/^Break\d\d:\d\d:\d\d$/), '0 / 3', 'Steady'],
      ['Agent 3', expect.stringMatching(/^Offline · not connected\d\d:\d\d:\d\d$/), '0 / 3', 'Steady'],
    ]);
    expect(within(panel).getByText(/Hard run: 3/).querySelector('svg')).not.toBeNull();
  });

  it('follows team:agent-changed, adding agents it did not know', async () => {
    const { baton, panel } = await wallboard({ 'team:list': () => ({ ok: true, value: [agent('agent1')] }) });
    await within(panel).findByRole('table');
    act(() => baton.emit('team:agent-changed', agent('agent1', { conversations: 1, negativeStreak: 2 })));
    act(() => baton.emit('team:agent-changed', agent('agent4')));
    expect(rowTexts(panel).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Agent 1', '1 / 3', 'Hard run: 2'],
      ['Agent 4', '0 / 3', 'Steady'],
    ]);
  });

  it('says so when the team cannot be loaded', async () => {
    const { panel } = await wallboard({ 'team:list': () => ({ ok: false, error: { code: 'forbidden', message: 'Only supervisors can see the team.' } }) });
    expect(await within(panel).findByText('The team could not be loaded.')).toBeInTheDocument();
    expect(panel).toHaveTextContent('Only supervisors can see the team.');
  });
});
