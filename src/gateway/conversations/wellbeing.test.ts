// The wellbeing streak through a real gateway with real socket.io agents and a supervisor: very negative
// contacts in a row lead to a break suggestion, a calmer contact or a break resets the run, supervisors
// see every change, and agents may not list the team.
import { afterEach, describe, expect, it } from 'vitest';
import type { AgentStatus } from '../../shared/domain/team';
import { connectAgent, nativeHandoff, postHandoff, startRoutingGateway, TEST_BOT_KEY, type RoutingGateway, type TestAgent } from '../testing/handoff-fixture';

const open: { gateways: RoutingGateway[]; agents: TestAgent[] } = { gateways: [], agents: [] };

afterEach(async () => {
  for (const agent of open.agents.splice(0)) agent.close();
  await Promise.all(open.gateways.splice(0).map((g) => g.stop()));
});

const ANGRY = -0.8;
const CALM = 0.2;

async function setup(wellbeing?: Record<string, unknown>) {
  const people = [{ username: 'ana' }, { username: 'bo', capacity: 2 }, { username: 'sam', role: 'supervisor' as const }];
  // No after-contact work: the agent stays Available, so contacts can follow each other without wrap-ups.
  const gateway = await startRoutingGateway(people, wellbeing ? { wellbeing } : {}, { acwSeconds: 0 });
  open.gateways.push(gateway);
  const { url } = gateway.gateway;
  const connect = async (username: string) => {
    const agent = await connectAgent(url, username);
    open.agents.push(agent);
    return agent;
  };
  const ana = await connect('ana');
  await ana.setPresence('available');
  let offers = 0;
  /** One contact from offer to end; `by` says who ends it (the agent on the desktop, or the customer's channel). */
  const contact = async (score: number, by: 'agent' | 'customer' | 'nobody' = 'agent') => {
    const id = `wb-${offers + 1}`;
    const conversationId = (await postHandoff(url, nativeHandoff(id, { sentiment: { score } }))).body.conversationId as string;
    offers += 1;
    const offer = await ana.next('offer:created', offers);
    const accepted = await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId });
    if (!accepted.ok) throw new Error(accepted.error.message);
    if (by === 'agent') {
      const ended = await ana.client.emitWithAck('conversation:end', { conversationId });
      if (!ended.ok) throw new Error(ended.error.message);
    } else if (by === 'customer') {
      const response = await fetch(`${url}/v1/conversations/${conversationId}/end`, { method: 'POST', headers: { authorization: `Bearer ${TEST_BOT_KEY}` } });
      if (!response.ok) throw new Error(`customer end: ${response.status}`);
    }
    return conversationId;
  };
  return { url, ana, connect, contact };
}

/** The first supervisor update that matches, waiting for it if needed. */
async function statusWhere(sam: TestAgent, match: (status: AgentStatus) => boolean): Promise<AgentStatus> {
  for (let count = 1; ; count += 1) {
    const status = await sam.next('team:agent-changed', count);
    if (match(status)) return status;
  }
}

describe('wellbeing streak', () => {
  it('suggests a break after the third very negative contact in a row, not before', async () => {
    const { ana, contact } = await setup();
    await contact(ANGRY);
    await contact(ANGRY);
    expect(ana.received('wellbeing:suggestion')).toEqual([]);
    const third = await contact(ANGRY);
    const [suggestion] = ana.received('wellbeing:suggestion');
    expect(suggestion).toMatchObject({ streak: 3, conversationId: third, breakMinutes: 5 });
  });

  it('counts contacts the customer ended; a calmer contact in between starts the run again', async () => {
    const { ana, contact } = await setup();
    await contact(ANGRY, 'customer');
    await contact(ANGRY);
    await contact(CALM);
    await contact(ANGRY, 'customer');
    await contact(ANGRY);
    expect(ana.received('wellbeing:suggestion')).toEqual([]);
    await contact(ANGRY, 'customer');
    await ana.next('wellbeing:suggestion');
    expect(ana.received('wellbeing:suggestion').map((s) => s.streak)).toEqual([3]);
  });

  it('resets the run when the agent takes a break', async () => {
    const { ana, contact } = await setup();
    await contact(ANGRY);
    await contact(ANGRY);
    await ana.setPresence('break');
    await ana.setPresence('available');
    await contact(ANGRY);
    await contact(ANGRY);
    expect(ana.received('wellbeing:suggestion')).toEqual([]);
  });

  it('does not count a contact transferred away for the sender; it counts for whoever ends it', async () => {
    const { ana, connect, contact } = await setup();
    const sam = await connect('sam');
    const bo = await connect('bo');
    // Busy: bo takes no routed work, but a named transfer still rings.
    await bo.setPresence('busy');
    await contact(ANGRY);
    await contact(ANGRY);
    const conversationId = await contact(ANGRY, 'nobody');
    const note = 'Customer is upset about a late refund; order A-1001 is confirmed.';
    const sent = await ana.client.emitWithAck('transfer:request', { conversationId, target: { kind: 'agent', username: 'bo' }, mode: 'cold', note });
    expect(sent.ok).toBe(true);
    const offer = await bo.next('offer:created');
    expect((await bo.client.emitWithAck('offer:accept', { offerId: offer.offerId })).ok).toBe(true);
    expect((await bo.client.emitWithAck('conversation:end', { conversationId })).ok).toBe(true);
    expect(await statusWhere(sam, (s) => s.username === 'bo' && s.negativeStreak === 1)).toMatchObject({ conversations: 1 }); // ended, not yet wrapped
    expect(ana.received('wellbeing:suggestion')).toEqual([]);
    // The transfer neither counted nor reset ana's run: the next very negative contact is her third.
    await contact(ANGRY);
    expect(ana.received('wellbeing:suggestion').map((s) => s.streak)).toEqual([3]);
  });

  it('follows the configured streak length', async () => {
    const { ana, contact } = await setup({ streakLength: 2, breakMinutes: 10 });
    await contact(ANGRY);
    const second = await contact(ANGRY);
    expect(ana.received('wellbeing:suggestion')).toMatchObject([{ streak: 2, conversationId: second, breakMinutes: 10 }]);
  });

  it('shows supervisors the streak, presence and load live; a break brings the streak back to 0', async () => {
    const { ana, connect, contact } = await setup();
    const sam = await connect('sam');
    const listed = await sam.client.emitWithAck('team:list', {});
    expect(listed.ok && listed.value.map((s) => [s.username, s.presence.state, s.online, s.conversations, s.capacity, s.negativeStreak])).toEqual([
      ['ana', 'available', true, 0, 3, 0],
      ['bo', 'offline', false, 0, 2, 0],
    ]);
    await contact(ANGRY);
    await contact(ANGRY);
    expect(await statusWhere(sam, (s) => s.negativeStreak === 2)).toMatchObject({ username: 'ana', displayName: 'Test ana' });
    await ana.setPresence('break');
    expect(await statusWhere(sam, (s) => s.presence.state === 'break')).toMatchObject({ username: 'ana', negativeStreak: 0 });
    expect(ana.received('team:agent-changed')).toEqual([]);
  });

  it('counts an owned conversation toward the load supervisors see', async () => {
    const { url, ana, connect } = await setup();
    const sam = await connect('sam');
    await postHandoff(url, nativeHandoff('load-1'));
    const offer = await ana.next('offer:created');
    await ana.client.emitWithAck('offer:accept', { offerId: offer.offerId });
    expect(await statusWhere(sam, (s) => s.conversations === 1)).toMatchObject({ username: 'ana', presence: { state: 'available' } });
  });

  it('refuses the team list to agents', async () => {
    const { ana } = await setup();
    expect(await ana.client.emitWithAck('team:list', {})).toEqual({ ok: false, error: { code: 'forbidden', message: 'Only supervisors can see the team.' } });
  });
});
