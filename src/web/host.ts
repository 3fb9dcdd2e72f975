// Browser mode's host: serves the built renderer and carries the `baton` contract over a loopback
// WebSocket to per-tab CoreSessions. Starts an embedded demo gateway (with simulated traffic unless
// told otherwise) when no gateway URL is given.
// It listens on 127.0.0.1 only and never prints: the CLI decides what to show.
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startGateway, type RunningGateway } from '../gateway/server';
import { GatewayUrlSchema, type AppInfo } from '../shared/contract/ipc';
import { describeIssues } from '../shared/contract/result';
import type { Logger } from '../shared/log';
import type { ContextCacheLimits } from '../main/core/cache/context-cache';
import { withFields } from '../main/core/log';
import { silentNotifier } from '../main/core/ports';
import { createCoreSession, type CoreSessionDeps } from '../main/core/session/core-session';
import { createAccessPolicy, createSecret } from './access';
import { attachBridgeServer } from './bridge/bridge-server';
import { createSessionRegistry } from './bridge/session-registry';
import { createConfContextFile, createConfDraftFile } from './conf-context-file';
import { createConfPreferences } from './conf-preferences';
import { applySecurityHeaders } from './http/security-headers';
import { createStaticFiles, sendText } from './http/static-files';

export interface WebHostOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** An external gateway; without one an embedded demo gateway starts. */
  gatewayUrl?: string;
  rendererDir: string;
  dataDir: string;
  log: Logger;
  version?: string;
  /** How long a tab's session survives with no socket attached. */
  idleTimeoutMs?: number;
  /** Link tuning handed to every session (tests shorten the reconnect delays). */
  link?: CoreSessionDeps['link'];
  /** Simulated bot traffic on the embedded demo gateway (default true; tests turn it off). */
  simulator?: boolean;
  contextCacheLimits?: Partial<ContextCacheLimits>;
}

export interface RunningWebHost {
  /** The page URL including the per-run key: the only way in. */
  url: string;
  origin: string;
  port: number;
  secret: string;
  gatewayUrl: string;
  /** Set when this host started its own demo gateway. */
  embeddedGateway: RunningGateway | null;
  /** Browser tab sessions currently held (attached or idle). */
  activeSessions(): number;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  const { log } = options;
  const external = options.gatewayUrl === undefined ? null : parseGatewayUrl(options.gatewayUrl);
  await mkdir(options.dataDir, { recursive: true });
  const prefs = createConfPreferences({ dataDir: options.dataDir, log });
  // One file for every tab's session: each user's conversations live under their own key in it.
  const contextFile = createConfContextFile({ dataDir: options.dataDir, log });
  const draftFile = createConfDraftFile({ dataDir: options.dataDir, log });
  const gateway = external
    ? null
    : await startGateway({ demo: true, simulator: options.simulator ?? true, port: 0, host: '127.0.0.1', dataDir: path.join(options.dataDir, 'gateway'), log });
  const gatewayUrl = external ?? gateway?.url ?? '';
  const demo: AppInfo['demo'] = gateway?.demo ?? null;
  const defaults: AppInfo['defaults'] = gateway
    ? { gatewayUrl, username: demo?.users.includes('agent1') ? 'agent1' : (demo?.users[0] ?? null) }
    : { gatewayUrl, username: null };

  const server = createServer();
  let port: number;
  try {
    port = await listen(server, options.port ?? 0);
  } catch (error) {
    await gateway?.close();
    throw error;
  }
  const secret = createSecret();
  const origin = `http://127.0.0.1:${port}`;
  const access = createAccessPolicy(secret, port);
  const serveStatic = createStaticFiles({ rendererDir: options.rendererDir, access, log });

  server.on('request', (req, res) => {
    applySecurityHeaders(res);
    if (!access.hostAllowed(req.headers.host)) {
      log.warn('web: request with a foreign Host header refused', { host: req.headers.host ?? null });
      sendText(res, 403, `Use ${origin}`);
      return;
    }
    void serveStatic(req, res).catch((error: unknown) => {
      log.error('web: request failed', { error });
      if (res.headersSent) res.destroy();
      else sendText(res, 500, 'Internal error');
    });
  });

  const registry = createSessionRegistry({
    log,
    ...(options.idleTimeoutMs !== undefined ? { idleTimeoutMs: options.idleTimeoutMs } : {}),
    createSession: (sessionId, publish) =>
      createCoreSession({
        mode: 'browser',
        version: options.version ?? '0.0.0-dev',
        demo,
        defaults,
        prefs,
        contextFile,
        draftFile,
        // The renderer raises the web Notification itself in browser mode (AppInfo.mode says so).
        notifier: silentNotifier,
        log: withFields(log, { tab: sessionId.slice(0, 8) }),
        publish,
        ...(options.link ? { link: options.link } : {}),
        ...(options.contextCacheLimits ? { contextCacheLimits: options.contextCacheLimits } : {}),
      }),
  });
  const bridge = attachBridgeServer({ server, access, registry, log });
  log.info('web host listening', { origin, gatewayUrl, embeddedGateway: gateway !== null });

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?key=${secret}`,
    origin,
    port,
    secret,
    gatewayUrl,
    embeddedGateway: gateway,
    activeSessions: () => registry.size(),
    close() {
      closing ??= (async () => {
        await bridge.close();
        await registry.closeAll();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await gateway?.close();
        log.info('web host closed', { origin });
      })();
      return closing;
    },
  };
}

function parseGatewayUrl(value: string): string {
  const parsed = GatewayUrlSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Invalid gateway URL "${value}": ${describeIssues(parsed.error)}`);
  return parsed.data.replace(/\/+$/, '');
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(new Error(error.code === 'EADDRINUSE' ? `Port ${port} is already in use; pick another with --port` : error.message));
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
