// The gateway's mutable state, behind one interface so the in-memory implementation can later be replaced
// by durable or Redis-backed ones. Async throughout because those will be. Holds no policy: callers decide.
import type { Presence } from '../../shared/domain/presence';
import type { Role } from '../../shared/domain/role';

/** One connected desktop socket. A user may have several (two windows, a reconnect overlapping). */
export interface SessionRecord {
  socketId: string;
  username: string;
  role: Role;
  connectedAt: string;
}

export interface GatewayState {
  /** A user's presence; users never seen are `offline` since the state was created. */
  getPresence(username: string): Promise<Presence>;
  setPresence(username: string, presence: Presence): Promise<void>;
  addSession(session: SessionRecord): Promise<void>;
  /** Removes and returns the session, or null when it was not known. */
  removeSession(socketId: string): Promise<SessionRecord | null>;
  /** Connected sessions, of one user or of everyone. */
  listSessions(username?: string): Promise<SessionRecord[]>;
  close(): Promise<void>;
}
