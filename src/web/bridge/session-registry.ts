// One CoreSession per browser tab session id. A socket attaches to its tab's session (a reload or a
// reconnect re-attaches to the same one); sessions with no socket for `idleTimeoutMs` are disposed.
import type { EventPublisher } from '../../shared/contract/ipc';
import type { HostFrame } from '../../shared/contract/bridge-wire';
import type { Logger } from '../../shared/log';
import { createDispatcher, type Dispatch } from '../../main/core/ipc/dispatch';
import type { CoreSession } from '../../main/core/session/core-session';

export interface SessionRegistryDeps {
  createSession: (sessionId: string, publish: EventPublisher) => CoreSession;
  log: Logger;
  idleTimeoutMs?: number;
  maxSessions?: number;
}

export interface Attachment {
  dispatch: Dispatch;
  /** Call when the socket closes; the session then starts its idle countdown. */
  detach(): void;
}

export interface Peer {
  send(frame: HostFrame): void;
  /** Called when a newer socket for the same session takes over. */
  replaced(): void;
}

/** The mutable part of an entry, created before the session so its publisher can reach the peer. */
interface Slot {
  peer: Peer | null;
  idleTimer: NodeJS.Timeout | null;
}

interface Entry extends Slot {
  core: CoreSession;
  dispatch: Dispatch;
}

export interface SessionRegistry {
  /** Null when the host already holds `maxSessions` sessions. */
  attach(sessionId: string, peer: Peer): Attachment | null;
  size(): number;
  closeAll(): Promise<void>;
}

export function createSessionRegistry(deps: SessionRegistryDeps): SessionRegistry {
  const { log } = deps;
  const idleTimeoutMs = deps.idleTimeoutMs ?? 10 * 60_000;
  const maxSessions = deps.maxSessions ?? 32;
  const entries = new Map<string, Entry>();

  function create(sessionId: string): Entry {
    const slot: Slot = { peer: null, idleTimer: null };
    const publish: EventPublisher = (channel, payload) => slot.peer?.send({ kind: 'event', channel, payload });
    const core = deps.createSession(sessionId, publish);
    const entry: Entry = Object.assign(slot, { core, dispatch: createDispatcher({ handlers: core.handlers, log }) });
    entries.set(sessionId, entry);
    log.info('web: session created', { sessions: entries.size });
    return entry;
  }

  function expire(sessionId: string, entry: Entry): void {
    if (entries.get(sessionId) !== entry || entry.peer) return;
    entries.delete(sessionId);
    log.info('web: idle session disposed', { sessions: entries.size });
    void entry.core.dispose();
  }

  return {
    attach(sessionId, peer) {
      let entry = entries.get(sessionId);
      if (!entry) {
        if (entries.size >= maxSessions) return null;
        entry = create(sessionId);
      }
      const mine = entry;
      if (mine.idleTimer) clearTimeout(mine.idleTimer);
      mine.idleTimer = null;
      const previous = mine.peer;
      mine.peer = peer;
      previous?.replaced();
      return {
        dispatch: mine.dispatch,
        detach() {
          if (mine.peer !== peer) return;
          mine.peer = null;
          mine.idleTimer = setTimeout(() => expire(sessionId, mine), idleTimeoutMs);
          mine.idleTimer.unref();
        },
      };
    },
    size: () => entries.size,
    async closeAll() {
      const all = [...entries.values()];
      entries.clear();
      for (const entry of all) {
        if (entry.idleTimer) clearTimeout(entry.idleTimer);
        entry.peer = null;
      }
      await Promise.all(all.map((entry) => entry.core.dispose()));
    },
  };
}
