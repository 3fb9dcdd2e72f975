// Role checks for socket requests, in one place: which role a request needs, the `forbidden` answer for
// everyone else, and the room supervisor-only events go to. Handlers never compare roles themselves.
import { fail, type Result } from '../../shared/contract/result';
import type { Role } from '../../shared/domain/role';
import type { GatewaySocket } from './socket-types';

/** Every supervisor socket joins this room on connect; team events are emitted to it and nowhere else. */
export const SUPERVISORS_ROOM = 'supervisors';

const REFUSALS: Readonly<Record<Role, string>> = {
  supervisor: 'Only supervisors can see the team.',
  agent: 'Only agents can do this.',
};

/** Runs `job` when the socket's user has `role`; otherwise answers `forbidden` without running it. */
export function withRole<T>(socket: GatewaySocket, role: Role, job: () => Promise<Result<T>>): Promise<Result<T>> {
  if (socket.data.role !== role) return Promise.resolve(fail('forbidden', REFUSALS[role]));
  return job();
}

/** Puts a supervisor's socket in the room that receives team updates; agents' sockets stay out. */
export async function joinRoleRooms(socket: GatewaySocket): Promise<void> {
  if (socket.data.role === 'supervisor') await socket.join(SUPERVISORS_ROOM);
}
