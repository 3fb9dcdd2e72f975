// Voice contacts are exclusive: an agent on a voice call gets no other offer, and a voice offer goes only
// to an agent who owns nothing else. Pure; canTake (agent-selection.ts) applies it next to the chat capacity.
import type { Channel } from '../../shared/domain/handoff-context';
import type { ConversationRecord } from '../state/records';

export interface VoiceLoad {
  /** Conversations the agent owns now (active or on hold). */
  activeCount: number;
  /** One of them is a voice contact. */
  onVoice?: boolean;
}

export function voiceAllows(agent: VoiceLoad, channel: Channel | undefined): boolean {
  if (agent.onVoice === true) return false;
  return channel !== 'voice' || agent.activeCount === 0;
}

/** Whether `username` owns a voice contact among `owned` (conversations active or on hold). */
export function ownsVoice(owned: readonly Pick<ConversationRecord, 'assignedTo' | 'channel'>[], username: string): boolean {
  return owned.some((c) => c.assignedTo === username && c.channel === 'voice');
}
