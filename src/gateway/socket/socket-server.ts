// Creates the typed socket.io server on the gateway's http server (transport settings) and attaches the
// auth middleware and connection handlers. It owns no state and never listens by itself.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { CannedResponse } from '../../shared/domain/canned';
import type { Logger } from '../../shared/log';
import type { TokenService } from '../auth/tokens';
import type { UserDirectory } from '../auth/user-directory';
import type { ConversationService } from '../conversations/conversation-service';
import type { WellbeingTracker } from '../conversations/wellbeing-tracker';
import type { RoutingEngine } from '../routing/routing-engine';
import type { GatewayState } from '../state/gateway-state';
import type { TeamUpdates } from '../team/team-updates';
import { createAuthMiddleware } from './auth-middleware';
import { handleConnection } from './connection-handlers';
import type { GatewayServer } from './socket-types';

export interface SocketServerDeps {
  tokens: TokenService;
  users: UserDirectory;
  state: GatewayState;
  routing: RoutingEngine;
  conversations: ConversationService;
  log: Logger;
  now: () => Date;
  canned: readonly CannedResponse[];
  team: Pick<TeamUpdates, 'touch'>;
  wellbeing: Pick<WellbeingTracker, 'presencePicked'>;
}

// engine.io's defaults (25 s + 20 s) take ~45 s to notice a dead link; agents need to know within ~15 s.
export const PING_INTERVAL_MS = 5_000;
export const PING_TIMEOUT_MS = 10_000;

/** The server alone, so the routing engine can be given a notifier before connections are handled. */
export function createSocketServer(httpServer: HttpServer): GatewayServer {
  return new Server(httpServer, {
    serveClient: false,
    pingInterval: PING_INTERVAL_MS,
    pingTimeout: PING_TIMEOUT_MS,
    maxHttpBufferSize: 1024 * 1024,
  });
}

export function attachSocketHandlers(io: GatewayServer, deps: SocketServerDeps): void {
  io.use(createAuthMiddleware(deps));
  io.on('connection', (socket) => handleConnection(socket, deps));
}
