// What the routing engine is built from: state, users, the routing config, and its two ports (a scheduler
// for ring timeouts, a notifier that reaches all of one agent's desktops).
import type { ServerEventName, ServerToClientEvents } from '../../shared/contract/protocol';
import type { Logger } from '../../shared/log';
import type { UserDirectory } from '../auth/user-directory';
import type { RoutingConfig } from '../config/routing-schema';
import type { GatewayState } from '../state/gateway-state';
import type { Scheduler } from './scheduler';

export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

/** Delivers a server event to every connected desktop of one user (none connected: dropped). */
export interface Notifier {
  toUser<E extends ServerEventName>(username: string, event: E, payload: ServerEventPayload<E>): void;
}

export interface RoutingDeps {
  state: GatewayState;
  users: UserDirectory;
  routing: RoutingConfig;
  scheduler: Scheduler;
  notify: Notifier;
  now: () => Date;
  log: Logger;
  newOfferId: () => string;
}
