// Keeps supervisors current: whenever something may have changed an agent's presence, load or streak,
// `touch` re-reads the agent's status and emits it when it differs from the last one sent. Per agent the
// reads run in order, so the last emission always reflects the latest state. Knows nothing of socket.io.
import type { AgentStatus } from '../../shared/domain/team';
import type { Logger } from '../../shared/log';
import type { Notifier } from '../routing/routing-deps';
import { agentStatus, type TeamDeps } from './agent-status';

export interface TeamUpdates {
  /** Something about this user may have changed; supervisors hear about it if it did. */
  touch(username: string): void;
  /** The same notifier, also touching the agent whenever their presence or conversations change. */
  watch(inner: Notifier): Notifier;
  /** Resolves when every touch so far has been read and emitted (tests, close). */
  settled(): Promise<void>;
}

const WATCHED = new Set<string>(['presence:changed', 'conversation:assigned', 'conversation:updated']);

export function createTeamUpdates(deps: TeamDeps & { log: Logger; emit: (status: AgentStatus) => void }): TeamUpdates {
  const chains = new Map<string, Promise<void>>();
  const lastSent = new Map<string, string>();

  const refresh = async (username: string): Promise<void> => {
    const status = await agentStatus(deps, username);
    if (!status) return;
    const key = JSON.stringify(status);
    if (lastSent.get(status.username) === key) return;
    lastSent.set(status.username, key);
    deps.emit(status);
  };

  const touch = (username: string): void => {
    if (deps.users.find(username)?.role !== 'agent') return;
    const next = (chains.get(username) ?? Promise.resolve())
      .then(() => refresh(username))
      .catch((error: unknown) => deps.log.error('team status update failed', { username, error }));
    chains.set(username, next);
    void next.then(() => {
      if (chains.get(username) === next) chains.delete(username);
    });
  };

  return {
    touch,
    watch: (inner) => ({
      toUser(username, event, payload) {
        inner.toUser(username, event, payload);
        if (WATCHED.has(event)) touch(username);
      },
    }),
    settled: async () => {
      await Promise.all([...chains.values()]);
    },
  };
}
