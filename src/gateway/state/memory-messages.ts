// In-memory storage of conversation messages and of presences to resume after after-contact work: the
// message half of the memory GatewayState. Numbers each conversation's messages; holds no policy.
import type { PresenceState } from '../../shared/domain/presence';
import type { ConversationMessage } from '../../shared/domain/message';
import type { GatewayState } from './gateway-state';

type MessageStore = Pick<GatewayState, 'appendMessage' | 'listMessages' | 'getResumePresence' | 'setResumePresence'> & { clear: () => void };

interface Log {
  messages: ConversationMessage[];
  byKey: Map<string, ConversationMessage>;
}

export function createMemoryMessages(): MessageStore {
  const logs = new Map<string, Log>();
  const resume = new Map<string, PresenceState>();

  const logOf = (conversationId: string): Log => {
    let log = logs.get(conversationId);
    if (!log) {
      log = { messages: [], byKey: new Map() };
      logs.set(conversationId, log);
    }
    return log;
  };

  return {
    appendMessage(draft, dedupKey) {
      const log = logOf(draft.conversationId);
      const existing = log.byKey.get(dedupKey);
      if (existing) return Promise.resolve({ message: { ...existing }, created: false });
      const message: ConversationMessage = { ...draft, seq: log.messages.length + 1 };
      log.messages.push(message);
      log.byKey.set(dedupKey, message);
      return Promise.resolve({ message: { ...message }, created: true });
    },
    listMessages(conversationId, { afterSeq = 0, kinds } = {}) {
      const messages = logs.get(conversationId)?.messages ?? [];
      return Promise.resolve(messages.filter((m) => m.seq > afterSeq && (kinds === undefined || kinds.includes(m.kind))).map((m) => ({ ...m })));
    },
    getResumePresence(username) {
      return Promise.resolve(resume.get(username) ?? null);
    },
    setResumePresence(username, state) {
      if (state === null) resume.delete(username);
      else resume.set(username, state);
      return Promise.resolve();
    },
    clear() {
      logs.clear();
      resume.clear();
    },
  };
}
