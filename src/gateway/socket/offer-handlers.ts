// The agent's side of routing on the socket: accept or reject an offer, and ask for everything the
// desktop should show (after every connect). Parsing and acks come from onRequest; decisions from routing.
import { fail, ok } from '../../shared/contract/result';
import type { Logger } from '../../shared/log';
import type { RoutingEngine } from '../routing/routing-engine';
import { onRequest } from './request-handler';
import type { GatewaySocket } from './socket-types';

const AGENTS_ONLY = 'Only agents receive offers';

export function registerOfferHandlers(socket: GatewaySocket, { routing, log }: { routing: RoutingEngine; log: Logger }): void {
  const { username, role } = socket.data;
  onRequest(socket, 'offer:accept', ({ offerId }) => (role === 'agent' ? routing.accept(username, offerId) : Promise.resolve(fail('invalid-request', AGENTS_ONLY))), log);
  onRequest(socket, 'offer:reject', ({ offerId }) => (role === 'agent' ? routing.reject(username, offerId) : Promise.resolve(fail('invalid-request', AGENTS_ONLY))), log);
  onRequest(socket, 'work:snapshot', async () => ok(await routing.snapshot(username)), log);
}
