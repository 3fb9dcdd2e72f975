// The reference gateway's wiring: settings -> users, tokens, state -> HTTP router + socket.io on one
// http server. Embeddable in-process (Electron main, web host, tests): no globals, no printing, no exit.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger, type Logger } from '../shared/log';
import { createTokenService } from './auth/tokens';
import { createUserDirectory } from './auth/user-directory';
import { ConfigError } from './config/load-config';
import { resolveSettings } from './config/resolve-settings';
import { createRouter } from './http/router';
import { buildRoutes } from './http/routes';
import { attachSocketServer } from './socket/socket-server';
import { createMemoryState } from './state/memory-state';

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
  /** Defaults to silence: an embedded gateway never prints. */
  log?: Logger;
}

export interface RunningGateway {
  /** `http://127.0.0.1:<port>` for loopback and wildcard binds. */
  url: string;
  port: number;
  demo: { users: string[]; password: string } | null;
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
  const { log = silentLogger, ...input } = options;
  const settings = await resolveSettings(input, process.env);
  const now = (): Date => new Date();
  const startedAt = now();
  const users = createUserDirectory(settings.users);
  const tokens = createTokenService({ secret: settings.secret, ttlSeconds: settings.tokenTtlSeconds, now });
  const state = createMemoryState({ now });

  const routes = buildRoutes({ version: GATEWAY_VERSION, startedAt, users, tokens, state, dataDir: settings.dataDir, log });
  const httpServer = createServer(createRouter({ routes, log }));
  const io = attachSocketServer(httpServer, { tokens, users, state, log, now });

  let address: AddressInfo;
  try {
    address = await listen(httpServer, settings.port, settings.host);
  } catch (error) {
    await io.close();
    await state.close();
    throw error;
  }
  const url = urlFor(address);
  log.info('gateway listening', { url, demo: settings.demo !== null, users: settings.users.length, dataDir: settings.dataDir });

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const ioClosed = io.close();
      // Idle keep-alive HTTP connections would otherwise hold the server open.
      httpServer.closeAllConnections();
      await ioClosed;
      await state.close();
      log.info('gateway closed', { url });
    })();
    return closing;
  };

  return { url, port: address.port, demo: settings.demo, close };
}
