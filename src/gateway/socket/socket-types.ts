// The gateway's socket.io types, derived from the shared protocol so nothing is declared twice.
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/contract/protocol';
import type { Role } from '../../shared/domain/role';

/** What the auth middleware learned about the socket's user; handlers trust only this. */
export interface SocketData {
  username: string;
  displayName: string;
  role: Role;
  /** The login's desktop session (from the token); null for tokens without one. */
  desktop: { sid: string; issuedAt: string } | null;
  /** The older desktop session this connection took over from, still to be told and disconnected. */
  replacedSid: string | null;
}

export type InterServerEvents = Record<string, never>;
export type GatewayServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type GatewaySocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** Every socket of one user joins this room, so a change reaches all of that user's desktops. */
export function userRoom(username: string): string {
  return `user:${username}`;
}
