import { describe, expect, it } from 'vitest';
import type { HandoffContext } from '../../shared/domain/handoff-context';
import { DEMO_QUEUES } from '../config/demo-routing';
import { toRoutingConfig } from '../config/routing-schema';
import { byServiceOrder, pickAgent, type AgentSnapshot } from './agent-selection';
import { intentPatternMatches, selectQueue } from './queue-selection';
import type { ConversationRecord } from '../state/records';

const routing = toRoutingConfig(DEMO_QUEUES, { ringTimeoutSeconds: 20, defaultQueue: 'general' });

function hints(queue: string | null, skills: string[], intent: string | null): Pick<HandoffContext, 'routing' | 'intent'> {
  return {
    routing: { queue, skills, priority: 5 },
    intent: intent === null ? null : { name: intent, label: intent, confidence: null, alternatives: [] },
  };
}

describe('queue selection', () => {
  it.each([
    ['explicit id wins over everything', hints('tech-support', ['billing'], 'refund_request'), 'tech-support', 'explicit'],
    ['explicit queue name, any case', hints('Account Security', [], null), 'account-security', 'explicit'],
    ['unknown explicit queue falls through to skills', hints('vip', ['billing'], null), 'billing', 'skill'],
    ['skills win over intent', hints(null, ['security'], 'refund_request'), 'account-security', 'skill'],
    ['skill hints are case-insensitive', hints(null, ['TECH'], null), 'tech-support', 'skill'],
    ['intent wildcard', hints(null, [], 'order.return_damaged'), 'returns', 'intent'],
    ['intent match ignores case', hints(null, [], 'PASSWORD_RESET'), 'account-security', 'intent'],
    ['first matching queue in config order', hints(null, [], 'refund_charge'), 'returns', 'intent'],
    ['no match goes to the default queue', hints(null, ['spanish'], 'change_address'), 'general', 'default'],
    ['no intent goes to the default queue', hints(null, [], null), 'general', 'default'],
  ])('%s', (_name, context, queue, match) => {
    const selected = selectQueue(context, routing);
    expect([selected.queue.id, selected.match]).toEqual([queue, match]);
  });

  it.each([
    ['billing*', 'billing_dispute', true],
    ['billing*', 'dispute_billing', false],
    ['*bill*', 'dispute_billing', true],
    ['a.b', 'axb', false],
    ['faq', 'FAQ', true],
    ['(x)+', '(x)+', true],
  ])('pattern %j against %j → %j', (pattern, name, expected) => {
    expect(intentPatternMatches(pattern, name)).toBe(expected);
  });
});

const agent = (username: string, over: Partial<AgentSnapshot> = {}): AgentSnapshot => ({
  username,
  skills: [],
  capacity: 3,
  presence: { state: 'available', since: '2030-01-01T08:00:00.000Z' },
  connected: true,
  activeCount: 0,
  ringing: false,
  idleSince: '2030-01-01T08:00:00.000Z',
  ...over,
});
const general = DEMO_QUEUES.find((q) => q.id === 'general')!;
const billing = DEMO_QUEUES.find((q) => q.id === 'billing')!;

describe('agent selection', () => {
  it('skips agents who are away, ringing, full, disconnected or missing a skill', () => {
    const agents = [
      agent('away', { presence: { state: 'busy', since: '2030-01-01T07:00:00.000Z' }, idleSince: '2030-01-01T07:00:00.000Z' }),
      agent('ringing', { ringing: true, idleSince: '2030-01-01T07:00:00.000Z' }),
      agent('full', { activeCount: 3, idleSince: '2030-01-01T07:00:00.000Z' }),
      agent('gone', { connected: false, idleSince: '2030-01-01T07:00:00.000Z' }),
      agent('unskilled', { idleSince: '2030-01-01T07:00:00.000Z' }),
      agent('skilled', { skills: ['billing'] }),
    ];
    expect(pickAgent({ declinedBy: [] }, billing, agents)).toEqual({ username: 'skilled', newRound: false });
    expect(pickAgent({ declinedBy: [] }, general, agents)).toEqual({ username: 'unskilled', newRound: false });
    expect(pickAgent({ declinedBy: [] }, billing, agents.slice(0, 5))).toBeNull();
  });

  it('prefers the longest idle, skips those who declined, and starts a new round when only they are left', () => {
    const agents = [agent('late', { idleSince: '2030-01-01T09:00:00.000Z' }), agent('early', { idleSince: '2030-01-01T08:30:00.000Z' })];
    expect(pickAgent({ declinedBy: [] }, general, agents)?.username).toBe('early');
    expect(pickAgent({ declinedBy: ['early'] }, general, agents)).toEqual({ username: 'late', newRound: false });
    expect(pickAgent({ declinedBy: ['early', 'late'] }, general, agents)).toEqual({ username: 'early', newRound: true });
  });

  it('orders waiting contacts by priority, then arrival', () => {
    const c = (id: string, priority: number, createdAt: string, seq: number) => ({ conversationId: id, priority, createdAt, seq }) as ConversationRecord;
    const list = [c('a', 5, '2030-01-01T08:00:02.000Z', 3), c('b', 9, '2030-01-01T08:00:05.000Z', 4), c('c', 5, '2030-01-01T08:00:01.000Z', 2), c('d', 5, '2030-01-01T08:00:01.000Z', 1)];
    expect(list.sort(byServiceOrder).map((x) => x.conversationId)).toEqual(['b', 'd', 'c', 'a']);
  });
});
