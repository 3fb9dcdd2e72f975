// The reference gateway's wiring: settings -> users, tokens, state, routing -> HTTP router + socket.io on
// one http server (+ the demo simulator). Embeddable in-process: no globals, no printing, no exit.
import { createServer, type RequestListener, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger, type Logger } from '../shared/log';
import { getAdapter } from './adapters/registry';
import { createTokenService } from './auth/tokens';
import { createUserDirectory } from './auth/user-directory';
import { ConfigError } from './config/load-config';
import { resolveSettings } from './config/resolve-settings';
import { newConversationId, newOfferId } from './conversations/ids';
import { createConversationService } from './conversations/conversation-service';
import { createWellbeingTracker } from './conversations/wellbeing-tracker';
import { createRouter } from './http/router';
import { buildRoutes } from './http/routes';
import { createRoutingEngine } from './routing/routing-engine';
import { createTimerScheduler } from './routing/scheduler';
import { startSimulator, type RunningSimulator } from './simulator/simulator';
import { SUPERVISORS_ROOM } from './socket/role-guard';
import { attachSocketHandlers, createSocketServer } from './socket/socket-server';
import { createUserNotifier } from './socket/user-notifier';
import type { GatewayState } from './state/gateway-state';
import { createMemoryState } from './state/memory-state';
import { createTeamUpdates } from './team/team-updates';
import { createWebhookSender } from './webhooks/webhook-sender';

export const GATEWAY_VERSION = '0.1.0';

/** Unset fields fall back to environment variables (BATON_DATA_DIR, BATON_GATEWAY_SECRET, BATON_DEMO_PASSWORD), then the config file. */
export interface GatewayOptions {
  /** 0 or unset: a free port. */
  port?: number;
  host?: string;
  /** Loopback only, random secret unless `secret` is given, seeded users agent1..agent5 and supervisor1. */
  demo?: boolean;
  configPath?: string;
  dataDir?: string;
  secret?: string;
  demoPassword?: string;
  tokenTtlSeconds?: number;
  /** The key bots send as `Authorization: Bearer <key>` (env BATON_BOT_KEY; demo: random). */
  botKey?: string;
  /** How long an offer rings before it moves on (default: config, else 20). */
  ringTimeoutSeconds?: number;
  /** Replaces every queue's after-contact work time, in seconds (tests, demos). */
  acwSeconds?: number;
  /** Demo traffic: posts simulated bot handoffs to this gateway's own intake (needs a bot key). */
  simulator?: boolean;
  /** State to use instead of a fresh in-memory one; the caller owns it (close() leaves it open). */
  state?: GatewayState;
  /** Defaults to silence: an embedded gateway never prints. */
  log?: Logger;
}

export interface RunningGateway {
  /** `http://127.0.0.1:<port>` for loopback and wildcard binds. */
  url: string;
  port: number;
  demo: { users: string[]; password: string } | null;
  /** The bot key the intake accepts; null when none is configured (the intake then refuses handoffs). */
  botKey: string | null;
  /** Disconnects every socket, closes the http server and releases all state; safe to call twice. */
  close(): Promise<void>;
}

function listen(server: HttpServer, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use` : error.code === 'EACCES' ? `no permission to use port ${port}` : error.message;
      reject(new ConfigError(`The gateway cannot listen on ${host}:${port}: ${reason}`));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Wildcard binds are reached through loopback; IPv6 literals need brackets in a URL. */
function urlFor({ address, family, port }: AddressInfo): string {
  if (address === '0.0.0.0' || address === '::') return `http://127.0.0.1:${port}`;
  return family === 'IPv6' ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const { log = silentLogger, simulator: wantsSimulator = false, state: givenState, ...input } = options;
  const settings = await resolveSettings(input, process.env);
  if (wantsSimulator && settings.botKey === null) throw new ConfigError('The simulator needs a bot key (set BATON_BOT_KEY or run in demo mode)');
  const now = (): Date => new Date();
  const startedAt = now();
  const users = createUserDirectory(settings.users);
  const tokens = createTokenService({ secret: settings.secret, ttlSeconds: settings.tokenTtlSeconds, now });
  const state = givenState ?? createMemoryState({ now });

  // socket.io must see requests first (it claims /socket.io/ and passes the rest on), and the routes need
  // the routing engine, which needs socket.io: so the server calls a router that is filled in below.
  let router: RequestListener | null = null;
  const httpServer = createServer((req, res) => router?.(req, res));
  const io = createSocketServer(httpServer);
  const team = createTeamUpdates({ state, users, log, emit: (status) => io.to(SUPERVISORS_ROOM).emit('team:agent-changed', status) });
  const notify = team.watch(createUserNotifier(io));
  const routingDeps = {
    state,
    users,
    routing: settings.routing,
    scheduler: createTimerScheduler(),
    notify,
    now,
    log,
    newOfferId,
  };
  const routing = createRoutingEngine(routingDeps);
  const webhooks = createWebhookSender({ webhooks: settings.webhooks, log, now });
  const wellbeing = createWellbeingTracker({ state, notify, config: settings.wellbeing, now, log, onStreakChanged: (username) => team.touch(username) });
  const conversations = createConversationService({ ...routingDeps, webhooks }, routing, wellbeing);
  const intake = { state, routing: settings.routing, now, log, newConversationId, onCreated: () => routing.kick('handoff received') };
  const { botKey } = settings;
  const routes = buildRoutes({ version: GATEWAY_VERSION, startedAt, users, tokens, state, dataDir: settings.dataDir, log, botKey, getAdapter, intake, routing, conversations });
  router = createRouter({ routes, log });
  attachSocketHandlers(io, { tokens, users, state, routing, conversations, log, now, canned: settings.canned, team, wellbeing });
  const release = async (): Promise<void> => {
    await routing.close();
    await team.settled();
    await webhooks.close();
    if (!givenState) await state.close();
  };

  let address: AddressInfo;
  try {
    address = await listen(httpServer, settings.port, settings.host);
  } catch (error) {
    await io.close();
    await release();
    throw error;
  }
  const url = urlFor(address);
  log.info('gateway listening', { url, demo: settings.demo !== null, users: settings.users.length, dataDir: settings.dataDir, queues: settings.routing.queues.length });
  if (botKey === null) log.warn('no bot key configured (BATON_BOT_KEY): the handoff intake refuses every handoff');
  const simulator: RunningSimulator | null = wantsSimulator && botKey !== null ? startSimulator({ gatewayUrl: url, botKey, log }) : null;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await simulator?.stop();
      const ioClosed = io.close();
      // Idle keep-alive HTTP connections would otherwise hold the server open.
      httpServer.closeAllConnections();
      await ioClosed;
      await release();
      log.info('gateway closed', { url });
    })();
    return closing;
  };

  return { url, port: address.port, demo: settings.demo, botKey, close };
}
