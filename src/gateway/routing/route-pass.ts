// One routing pass: offers every waiting contact (highest priority, then longest waiting, first) to the
// longest-idle agent who can take it, and starts each offer's ring timer. Reads and writes GatewayState only.
import type { QueueConfig } from '../config/routing-schema';
import { toOffer } from '../conversations/conversation-views';
import { transition } from '../conversations/outcome';
import type { ConversationRecord, OfferRecord } from '../state/records';
import { byServiceOrder, idleSince, pickAgent, type AgentSnapshot } from './agent-selection';
import type { RoutingDeps } from './routing-deps';
import { ownsVoice } from './voice-capacity';

/** What counts toward an agent's chat capacity: ended conversations (in wrap-up) no longer do. */
export const OWNED_STATUSES = ['active', 'on-hold'] as const;
/** What an agent's desktop shows: owned conversations and those still waiting for their wrap-up. */
export const HELD_STATUSES = ['active', 'on-hold', 'ended'] as const;

export function queueFor(deps: Pick<RoutingDeps, 'routing'>, queueId: string): QueueConfig {
  // A queue removed from the config since the contact arrived: anyone may take it rather than nobody.
  return deps.routing.queues.find((q) => q.id === queueId) ?? { id: queueId, name: queueId, slaSeconds: 60, skills: [], intents: [] };
}

async function agentSnapshots({ state, users }: RoutingDeps): Promise<AgentSnapshot[]> {
  const [owned, ringing] = await Promise.all([state.listConversations({ status: OWNED_STATUSES }), state.listOffers()]);
  const agents = users.usernames().flatMap((name) => {
    const user = users.find(name);
    return user?.role === 'agent' ? [user] : [];
  });
  return Promise.all(
    agents.map(async (user) => {
      const { username } = user;
      const [presence, sessions, lastAssignedAt] = await Promise.all([
        state.getPresence(username),
        state.listSessions(username),
        state.getLastAssignedAt(username),
      ]);
      return {
        username,
        skills: user.skills,
        capacity: user.capacity,
        presence,
        connected: sessions.length > 0,
        activeCount: owned.filter((c) => c.assignedTo === username).length,
        onVoice: ownsVoice(owned, username),
        ringing: ringing.some((o) => o.username === username),
        idleSince: idleSince(presence, lastAssignedAt),
      };
    }),
  );
}

export type RingTimeoutHandler = (offerId: string) => void;

async function offer(deps: RoutingDeps, conversation: ConversationRecord, username: string, newRound: boolean, onTimeout: RingTimeoutHandler): Promise<void> {
  const { state, scheduler, notify, now, routing, log } = deps;
  const offeredAt = now();
  const ringMs = Math.round(routing.ringTimeoutSeconds * 1000);
  const record: OfferRecord = {
    offerId: deps.newOfferId(),
    conversationId: conversation.conversationId,
    username,
    offeredAt: offeredAt.toISOString(),
    expiresAt: new Date(offeredAt.getTime() + ringMs).toISOString(),
  };
  const offered = await transition(state, conversation, 'offer', { offerId: record.offerId, declinedBy: newRound ? [] : conversation.declinedBy });
  if (!offered.ok) {
    log.warn('offer refused', { conversationId: conversation.conversationId, reason: offered.message });
    return;
  }
  const updated = offered.value;
  await state.addOffer(record);
  scheduler.schedule(record.offerId, ringMs, () => onTimeout(record.offerId));
  log.info('offer created', { offerId: record.offerId, conversationId: conversation.conversationId, username, queue: conversation.queue });
  notify.toUser(username, 'offer:created', toOffer(updated, record));
}

/** Returns how many offers it made. */
export async function runRoutePass(deps: RoutingDeps, onTimeout: RingTimeoutHandler): Promise<number> {
  const waiting = (await deps.state.listConversations({ status: ['queued'] })).sort(byServiceOrder);
  if (waiting.length === 0) return 0;
  const agents = await agentSnapshots(deps);
  let made = 0;
  for (const conversation of waiting) {
    const pick = pickAgent(conversation, queueFor(deps, conversation.queue), agents);
    if (!pick) continue;
    await offer(deps, conversation, pick.username, pick.newRound, onTimeout);
    const agent = agents.find((a) => a.username === pick.username);
    if (agent) agent.ringing = true;
    made += 1;
  }
  return made;
}
