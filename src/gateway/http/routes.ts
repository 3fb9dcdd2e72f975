// The gateway's HTTP API as one list. New endpoints (handoff intake, queues ...) are added here,
// so the router and the server wiring never change for them.
import type { Logger } from '../../shared/log';
import type { HandoffAdapter } from '../adapters/adapter';
import type { TokenService } from '../auth/tokens';
import type { UserDirectory } from '../auth/user-directory';
import type { ConversationService } from '../conversations/conversation-service';
import type { IntakeDeps } from '../conversations/intake';
import type { RoutingEngine } from '../routing/routing-engine';
import type { GatewayState } from '../state/gateway-state';
import { callRoutes } from './call-routes';
import { conversationRoutes } from './conversation-routes';
import { handoffRoutes } from './handoff-routes';
import { healthRoute } from './health-route';
import { loginRoute } from './login-route';
import { messageRoutes } from './message-routes';
import type { Route } from './router';

export interface RouteDeps {
  version: string;
  startedAt: Date;
  users: UserDirectory;
  tokens: TokenService;
  state: GatewayState;
  dataDir: string;
  log: Logger;
  botKey: string | null;
  getAdapter: (format: string) => HandoffAdapter | null;
  intake: IntakeDeps;
  routing: RoutingEngine;
  conversations: ConversationService;
}

export function buildRoutes(deps: RouteDeps): Route[] {
  return [healthRoute(deps), loginRoute(deps), ...handoffRoutes(deps), ...conversationRoutes(deps), ...messageRoutes(deps), ...callRoutes(deps)];
}
