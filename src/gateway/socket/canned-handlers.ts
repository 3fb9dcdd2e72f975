// `canned:list` on the socket: the team's saved replies from the config, the same for every agent.
// It reads the list it is given and never fills variables; the desktop fills them from the context.
import { ok } from '../../shared/contract/result';
import type { CannedResponse } from '../../shared/domain/canned';
import type { Logger } from '../../shared/log';
import { onRequest } from './request-handler';
import type { GatewaySocket } from './socket-types';

export function registerCannedHandlers(socket: GatewaySocket, { canned, log }: { canned: readonly CannedResponse[]; log: Logger }): void {
  onRequest(socket, 'canned:list', () => Promise.resolve(ok(canned.map((c) => ({ ...c, tags: [...c.tags] })))), log);
}
