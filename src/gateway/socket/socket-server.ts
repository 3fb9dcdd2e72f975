// Attaches the typed socket.io server to the gateway's http server: transport settings, the auth
// middleware and the connection handlers. It owns no state and never listens by itself.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Logger } from '../../shared/log';
import type { TokenService } from '../auth/tokens';
import type { UserDirectory } from '../auth/user-directory';
import type { GatewayState } from '../state/gateway-state';
import { createAuthMiddleware } from './auth-middleware';
import { handleConnection } from './connection-handlers';
import type { GatewayServer } from './socket-types';

export interface SocketServerDeps {
  tokens: TokenService;
  users: UserDirectory;
  state: GatewayState;
  log: Logger;
  now: () => Date;
}

// engine.io's defaults (25 s + 20 s) take ~45 s to notice a dead link; agents need to know within ~15 s.
export const PING_INTERVAL_MS = 5_000;
export const PING_TIMEOUT_MS = 10_000;

export function attachSocketServer(httpServer: HttpServer, deps: SocketServerDeps): GatewayServer {
  const io: GatewayServer = new Server(httpServer, {
    serveClient: false,
    pingInterval: PING_INTERVAL_MS,
    pingTimeout: PING_TIMEOUT_MS,
    maxHttpBufferSize: 1024 * 1024,
  });
  io.use(createAuthMiddleware(deps));
  io.on('connection', (socket) => handleConnection(socket, deps));
  return io;
}
