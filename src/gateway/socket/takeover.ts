// Presence takeover: a newer login of the same user takes over from the older desktop session. Tells every
// socket of the replaced session why, then disconnects them; sockets sharing one session id are never touched.
import type { Logger } from '../../shared/log';
import type { GatewayState } from '../state/gateway-state';
import type { GatewaySocket } from './socket-types';

/** Every socket of one desktop session (its reconnects, browser-mode tabs of one core session) joins this room. */
export function desktopRoom(sid: string): string {
  return `desktop:${sid}`;
}

/** The gateway's sentence for a takeover, in its local time; shown to the agent as is. */
export function takeoverReason(at: Date): string {
  const hh = String(at.getHours()).padStart(2, '0');
  const mm = String(at.getMinutes()).padStart(2, '0');
  return `You signed in on another desktop at ${hh}:${mm}.`;
}

function tellAndDisconnect(socket: GatewaySocket, sid: string, reason: string): void {
  const room = socket.nsp.in(desktopRoom(sid));
  // Same connection, same order: the event reaches the desktop before the disconnect packet does.
  room.emit('session:taken-over', { reason });
  room.disconnectSockets(false);
}

/**
 * Runs once the socket has joined its desktop room. Retires the session it replaced, or (when a newer login
 * won while this socket was still connecting) tells this socket itself. Returns false when it was replaced.
 */
export async function settleTakeover(socket: GatewaySocket, { state, log, now }: { state: GatewayState; log: Logger; now: () => Date }): Promise<boolean> {
  const { desktop, replacedSid, username } = socket.data;
  if (!desktop) return true;
  await socket.join(desktopRoom(desktop.sid));
  if (replacedSid !== null) {
    log.info('desktop session taken over', { username, socketId: socket.id });
    tellAndDisconnect(socket, replacedSid, takeoverReason(now()));
  }
  const again = await state.claimDesktopSession(username, { sid: desktop.sid, issuedAt: desktop.issuedAt, at: now().toISOString() });
  if (again.status !== 'replaced') return true;
  tellAndDisconnect(socket, desktop.sid, takeoverReason(new Date(again.replacedAt)));
  return false;
}
