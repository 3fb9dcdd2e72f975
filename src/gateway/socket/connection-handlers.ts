// What happens on an admitted socket: session bookkeeping, `session:ready`, presence, the echo probe and
// the offer and conversation requests. All state goes through GatewayState; this module keeps none of its own.
import { ok } from '../../shared/contract/result';
import type { CannedResponse } from '../../shared/domain/canned';
import type { Presence } from '../../shared/domain/presence';
import type { Logger } from '../../shared/log';
import type { UserDirectory } from '../auth/user-directory';
import type { ConversationService } from '../conversations/conversation-service';
import type { WellbeingTracker } from '../conversations/wellbeing-tracker';
import type { RoutingEngine } from '../routing/routing-engine';
import type { GatewayState } from '../state/gateway-state';
import type { TeamUpdates } from '../team/team-updates';
import { registerCallHandlers } from './call-handlers';
import { registerCannedHandlers } from './canned-handlers';
import { registerConversationHandlers } from './conversation-handlers';
import { registerTransferHandlers } from './transfer-handlers';
import { registerOfferHandlers } from './offer-handlers';
import { onRequest } from './request-handler';
import { joinRoleRooms } from './role-guard';
import { registerTeamHandlers } from './team-handlers';
import { userRoom, type GatewaySocket } from './socket-types';
import { settleTakeover } from './takeover';

export interface ConnectionDeps {
  state: GatewayState;
  routing: RoutingEngine;
  conversations: ConversationService;
  log: Logger;
  now: () => Date;
  /** The team's saved replies (config `canned`). */
  canned: readonly CannedResponse[];
  users: UserDirectory;
  /** Supervisors hear about agents' presence, load and streak through it. */
  team: Pick<TeamUpdates, 'touch'>;
  wellbeing: Pick<WellbeingTracker, 'presencePicked'>;
}

async function setPresence(socket: GatewaySocket, next: Presence['state'], { state, routing, now, team, wellbeing }: ConnectionDeps): Promise<Presence> {
  const { username } = socket.data;
  const current = await state.getPresence(username);
  // Re-selecting the current state must not reset the agent's time-in-state.
  if (current.state === next) return current;
  const presence: Presence = { state: next, since: now().toISOString() };
  await state.setPresence(username, presence);
  socket.to(userRoom(username)).emit('presence:changed', presence);
  await wellbeing.presencePicked(username, next);
  team.touch(username);
  // Routing withdraws offers from an agent who stepped away, and offers work to one who came back.
  await routing.presenceChanged(username, presence);
  return presence;
}

async function startSession(socket: GatewaySocket, deps: ConnectionDeps): Promise<void> {
  const { state, now } = deps;
  const { username, displayName, role } = socket.data;
  // A newer login of this user won while this socket was connecting: it has been told and disconnected.
  if (!(await settleTakeover(socket, deps))) return;
  await state.addSession({ socketId: socket.id, username, role, connectedAt: now().toISOString() });
  // With an async state the socket may already be gone, and its disconnect handler ran before the add.
  if (socket.disconnected) {
    await state.removeSession(socket.id);
    return;
  }
  await socket.join(userRoom(username));
  await joinRoleRooms(socket);
  deps.team.touch(username);
  const presence = await state.getPresence(username);
  socket.emit('session:ready', { username, displayName, role, presence, serverTime: now().toISOString() });
  // An agent left Available while disconnected can take work again now that a desktop is back.
  deps.routing.kick('agent connected');
}

export function handleConnection(socket: GatewaySocket, deps: ConnectionDeps): void {
  const { state, log } = deps;
  const { username } = socket.data;
  log.info('socket connected', { username, socketId: socket.id });

  onRequest(socket, 'presence:set', async ({ state: next }) => ok(await setPresence(socket, next, deps)), log);
  onRequest(socket, 'diag:echo', (payload) => Promise.resolve(ok(payload)), log);
  registerOfferHandlers(socket, deps);
  registerConversationHandlers(socket, deps);
  registerCannedHandlers(socket, deps);
  registerTransferHandlers(socket, deps);
  registerCallHandlers(socket, deps);
  registerTeamHandlers(socket, deps);

  socket.on('disconnect', (reason) => {
    log.info('socket disconnected', { username, socketId: socket.id, reason });
    state
      .removeSession(socket.id)
      .then(() => deps.team.touch(username))
      .catch((error: unknown) => log.error('session cleanup failed', { username, error }));
  });

  startSession(socket, deps).catch((error: unknown) => {
    log.error('session start failed', { username, error });
    socket.disconnect(true);
  });
}
