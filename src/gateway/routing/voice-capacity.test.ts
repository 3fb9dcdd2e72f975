// Voice is exclusive: the pure rule over agent snapshots, then through a real gateway where routing would
// otherwise pick the longest-idle agent.
import { afterEach, describe, expect, it } from 'vitest';
import { connectAgent, nativeHandoff, postHandoff, startRoutingGateway, type RoutingGateway, type TestAgent } from '../testing/handoff-fixture';
import { pickAgent, type AgentSnapshot } from './agent-selection';
import { voiceAllows } from './voice-capacity';

const queue = { id: 'q', name: 'Q', slaSeconds: 60, skills: [], intents: [] };
const agent = (username: string, activeCount: number, onVoice: boolean, idleSince: string): AgentSnapshot => ({
  username,
  skills: [],
  capacity: 3,
  presence: { state: 'available', since: '2026-01-01T00:00:00.000Z' },
  connected: true,
  activeCount,
  onVoice,
  ringing: false,
  idleSince,
});

describe('voice capacity rule', () => {
  it.each([
    [0, false, 'voice', true],
    [1, false, 'voice', false],
    [0, false, 'chat', true],
    [1, true, 'chat', false],
    [1, true, 'voice', false],
    [2, false, undefined, true],
  ] as const)('%i owned, on voice %s, offer %s → %s', (activeCount, onVoice, channel, allowed) => {
    expect(voiceAllows({ activeCount, onVoice }, channel)).toBe(allowed);
  });

  it('skips a longer-idle agent who is busy for a voice offer, and one on a call for a chat offer', () => {
    const busy = agent('ana', 1, false, '2026-01-01T00:00:00.000Z');
    const free = agent('bo', 0, false, '2026-01-01T00:05:00.000Z');
    expect(pickAgent({ declinedBy: [], channel: 'voice' }, queue, [busy, free])?.username).toBe('bo');
    expect(pickAgent({ declinedBy: [], channel: 'chat' }, queue, [busy, free])?.username).toBe('ana');
    const onCall = agent('ana', 1, true, '2026-01-01T00:00:00.000Z');
    expect(pickAgent({ declinedBy: [], channel: 'chat' }, queue, [onCall, free])?.username).toBe('bo');
    expect(pickAgent({ declinedBy: [], channel: 'chat' }, queue, [onCall])).toBeNull();
  });
});

describe('voice exclusivity through the gateway', () => {
  const open: { gateways: RoutingGateway[]; agents: TestAgent[] } = { gateways: [], agents: [] };
  afterEach(async () => {
    for (const a of open.agents.splice(0)) a.close();
    await Promise.all(open.gateways.splice(0).map((g) => g.stop()));
  });

  async function join(url: string, username: string): Promise<TestAgent> {
    const joined = await connectAgent(url, username);
    open.agents.push(joined);
    await joined.setPresence('available');
    return joined;
  }

  async function acceptNext(who: TestAgent, count: number): Promise<string> {
    const offer = await who.next('offer:created', count);
    const accepted = await who.client.emitWithAck('offer:accept', { offerId: offer.offerId });
    if (!accepted.ok) throw new Error(accepted.error.message);
    return offer.conversationId;
  }

  it('offers voice only to an agent with nothing open, and nothing else to an agent on a call', async () => {
    const gateway = await startRoutingGateway([{ username: 'ana' }, { username: 'bo' }]);
    open.gateways.push(gateway);
    const { url } = gateway.gateway;
    const ana = await join(url, 'ana');
    await postHandoff(url, nativeHandoff('chat-1'));
    await acceptNext(ana, 1);
    const bo = await join(url, 'bo');
    // Ana has been idle longer, but she has a chat open: the call goes to Bo.
    const voice = (await postHandoff(url, nativeHandoff('call-1', { channel: 'voice' }))).body.conversationId as string;
    expect(await acceptNext(bo, 1)).toBe(voice);
    await postHandoff(url, nativeHandoff('chat-2'));
    await acceptNext(ana, 2);
    // Bo is now the longest idle, but he is on a call: the chat rings Ana (second of her three chats).
    const chat3 = (await postHandoff(url, nativeHandoff('chat-3'))).body.conversationId as string;
    expect((await ana.next('offer:created', 3)).conversationId).toBe(chat3);
    expect(bo.received('offer:created')).toHaveLength(1);
  });
});
