// The routing engine's Notifier over socket.io: an event for a user goes to the user's room, which every
// desktop of that user joins on connect.
import type { Notifier } from '../routing/routing-deps';
import { userRoom, type GatewayServer } from './socket-types';

export function createUserNotifier(io: GatewayServer): Notifier {
  return {
    toUser(username, event, payload) {
      // The generic event/payload pair is checked by Notifier's signature; socket.io's overloads cannot see it.
      (io.to(userRoom(username)) as unknown as { emit(event: string, payload: unknown): void }).emit(event, payload);
    },
  };
}
