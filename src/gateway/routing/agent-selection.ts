// Who may be offered a contact, and in which order: pure functions over a snapshot of agents and waiting
// conversations. The routing engine gathers the snapshot from GatewayState and acts on the answer.
import { canReceiveOffers, type Presence } from '../../shared/domain/presence';
import type { Channel } from '../../shared/domain/handoff-context';
import type { QueueConfig } from '../config/routing-schema';
import type { ConversationRecord } from '../state/records';
import { voiceAllows } from './voice-capacity';

export interface AgentSnapshot {
  username: string;
  skills: readonly string[];
  capacity: number;
  presence: Presence;
  /** At least one desktop is connected: offers to nobody would only ring out. */
  connected: boolean;
  /** Conversations the agent owns now (active or on hold). */
  activeCount: number;
  /** One of those is a voice contact (voice is exclusive: see voice-capacity.ts). */
  onVoice?: boolean;
  /** An agent rings for one contact at a time. */
  ringing: boolean;
  /** Since becoming available or since the last assignment, whichever is later. */
  idleSince: string;
}

export function idleSince(presence: Presence, lastAssignedAt: string | null): string {
  if (lastAssignedAt === null) return presence.since;
  return Date.parse(lastAssignedAt) > Date.parse(presence.since) ? lastAssignedAt : presence.since;
}

export function canTake(agent: AgentSnapshot, queue: QueueConfig, channel?: Channel): boolean {
  return (
    canReceiveOffers(agent.presence.state) &&
    agent.connected &&
    !agent.ringing &&
    agent.activeCount < agent.capacity &&
    voiceAllows(agent, channel) &&
    queue.skills.every((skill) => agent.skills.includes(skill))
  );
}

/** Longest idle first; the username settles exact ties so the order is stable. */
function byIdle(a: AgentSnapshot, b: AgentSnapshot): number {
  return Date.parse(a.idleSince) - Date.parse(b.idleSince) || a.username.localeCompare(b.username);
}

/**
 * The agent to offer `conversation` to. Agents who declined it wait until everyone else eligible had it;
 * when only they are left, a new round starts (`newRound: true`) and they may get it again.
 */
export function pickAgent(
  conversation: Pick<ConversationRecord, 'declinedBy'> & { channel?: Channel },
  queue: QueueConfig,
  agents: readonly AgentSnapshot[],
): { username: string; newRound: boolean } | null {
  const eligible = agents.filter((a) => canTake(a, queue, conversation.channel)).sort(byIdle);
  const fresh = eligible.find((a) => !conversation.declinedBy.includes(a.username));
  if (fresh) return { username: fresh.username, newRound: false };
  const first = eligible[0];
  return first ? { username: first.username, newRound: true } : null;
}

/** Serving order within and across queues: higher priority first, then longest waiting. */
export function byServiceOrder(a: ConversationRecord, b: ConversationRecord): number {
  return b.priority - a.priority || Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.seq - b.seq;
}
