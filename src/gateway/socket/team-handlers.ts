// The supervisor's team request on the socket: `team:list` answers every configured agent's status.
// Parsing and acks come from onRequest; who may ask comes from the role guard.
import { ok } from '../../shared/contract/result';
import type { Logger } from '../../shared/log';
import { teamStatus, type TeamDeps } from '../team/agent-status';
import { onRequest } from './request-handler';
import { withRole } from './role-guard';
import type { GatewaySocket } from './socket-types';

export function registerTeamHandlers(socket: GatewaySocket, deps: TeamDeps & { log: Logger }): void {
  onRequest(socket, 'team:list', () => withRole(socket, 'supervisor', async () => ok(await teamStatus(deps))), deps.log);
}
