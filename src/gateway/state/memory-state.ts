// In-memory GatewayState: everything is lost when the process ends. Used by demo mode and tests,
// and as the reference behaviour the durable and Redis implementations must match.
import type { Presence } from '../../shared/domain/presence';
import type { GatewayState, SessionRecord } from './gateway-state';
import { createMemoryConversations } from './memory-conversations';
import { createMemoryMessages } from './memory-messages';
import { createMemorySessionClaims } from './memory-session-claims';

export interface MemoryStateOptions {
  now?: () => Date;
}

export function createMemoryState({ now = () => new Date() }: MemoryStateOptions = {}): GatewayState {
  const createdAt = now().toISOString();
  const presence = new Map<string, Presence>();
  const sessions = new Map<string, SessionRecord>();
  const negativeStreaks = new Map<string, number>();
  const { clear: clearConversations, ...conversations } = createMemoryConversations();
  const { clear: clearMessages, ...messages } = createMemoryMessages();
  const { clear: clearClaims, ...claims } = createMemorySessionClaims();

  return {
    ...conversations,
    ...messages,
    ...claims,
    getPresence(username) {
      return Promise.resolve(presence.get(username) ?? { state: 'offline', since: createdAt });
    },
    setPresence(username, next) {
      presence.set(username, { ...next });
      return Promise.resolve();
    },
    addSession(session) {
      sessions.set(session.socketId, { ...session });
      return Promise.resolve();
    },
    removeSession(socketId) {
      const session = sessions.get(socketId) ?? null;
      sessions.delete(socketId);
      return Promise.resolve(session);
    },
    listSessions(username) {
      const all = [...sessions.values()];
      return Promise.resolve((username === undefined ? all : all.filter((s) => s.username === username)).map((s) => ({ ...s })));
    },
    getNegativeStreak(username) {
      return Promise.resolve(negativeStreaks.get(username) ?? 0);
    },
    setNegativeStreak(username, streak) {
      negativeStreaks.set(username, streak);
      return Promise.resolve();
    },
    close() {
      presence.clear();
      negativeStreaks.clear();
      sessions.clear();
      clearConversations();
      clearMessages();
      clearClaims();
      return Promise.resolve();
    },
  };
}
