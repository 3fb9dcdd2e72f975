// One agent's session inside a host: login over HTTP, the gateway link, presence, and the handlers for
// every invoke channel of the contract. The token lives here and is never returned to the renderer.
// Hosts (Electron main, web host) wire the handlers to their transport and inject ports.
import type { AppInfo, EventPublisher, InvokeHandlers } from '../../../shared/contract/ipc';
import { BatonError } from '../../../shared/contract/result';
import { initialLinkState, type LinkState } from '../../../shared/domain/link';
import type { Presence } from '../../../shared/domain/presence';
import type { Session } from '../../../shared/domain/session';
import type { Logger } from '../../../shared/log';
import { createGatewayLink, type GatewayLink, type GatewayLinkOptions, type ServerEvent } from '../link/gateway-link';
import type { PreferencesStore } from '../ports';
import { logInOverHttp } from './gateway-client';

export interface CoreSessionDeps {
  mode: AppInfo['mode'];
  version: string;
  demo: AppInfo['demo'];
  defaults: AppInfo['defaults'];
  prefs: PreferencesStore;
  log: Logger;
  publish: EventPublisher;
  /** Link tuning (reconnect policy, timeouts); tests shorten these. */
  link?: Partial<Pick<GatewayLinkOptions, 'reconnect' | 'connectTimeoutMs' | 'requestTimeoutMs' | 'heartbeatIntervalMs' | 'heartbeatTimeoutMs'>>;
  loginTimeoutMs?: number;
}

export interface CoreSession {
  handlers: InvokeHandlers;
  /** The live link, for the benchmark and diagnostics; null when logged out. */
  link(): GatewayLink | null;
  dispose(): Promise<void>;
}

export function createCoreSession(deps: CoreSessionDeps): CoreSession {
  const { prefs, log, publish } = deps;
  let session: Session | null = null;
  let link: GatewayLink | null = null;
  let linkState: LinkState = initialLinkState();
  let presence: Presence | null = null;
  /** Bumped by every login/logout, so a slow login that lost the race cannot install its result. */
  let generation = 0;
  let disposed = false;

  function setPresence(next: Presence | null): void {
    if (next?.state === presence?.state && next?.since === presence?.since) return;
    presence = next;
    publish('presence:changed', presence);
  }

  function setLinkState(next: LinkState): void {
    linkState = next;
    publish('link:state-changed', next);
  }

  function onEvent(event: ServerEvent): void {
    switch (event.name) {
      case 'session:ready':
        setPresence(event.payload.presence);
        break;
      case 'presence:changed':
        setPresence(event.payload);
        break;
    }
  }

  function endSession(reason: string): void {
    generation += 1;
    link?.close();
    link = null;
    const hadSession = session !== null;
    session = null;
    if (hadSession) publish('session:changed', null);
    setPresence(null);
    setLinkState({ ...initialLinkState(), reason });
  }

  function requireLink(): GatewayLink {
    if (!session || !link) throw new BatonError('not-logged-in', 'Log in to the gateway first.');
    return link;
  }

  const handlers: InvokeHandlers = {
    'app:get-info': () => {
      const last = prefs.get().lastLogin;
      return Promise.resolve({
        version: deps.version,
        mode: deps.mode,
        defaults: {
          gatewayUrl: deps.defaults.gatewayUrl ?? last?.gatewayUrl ?? null,
          username: deps.defaults.username ?? last?.username ?? null,
        },
        demo: deps.demo,
      });
    },

    'session:log-in': async ({ gatewayUrl, username, password }) => {
      if (disposed) throw new BatonError('internal', 'This session has been closed.');
      const url = gatewayUrl.replace(/\/+$/, '');
      if (session) endSession('Logged out');
      const mine = ++generation;
      const login = await logInOverHttp({ gatewayUrl: url, username, password, log, ...(deps.loginTimeoutMs ? { timeoutMs: deps.loginTimeoutMs } : {}) });
      if (mine !== generation || disposed) throw new BatonError('not-logged-in', 'A newer login or logout replaced this one.');
      session = { username, displayName: login.displayName, role: login.role, gatewayUrl: url, expiresAt: login.expiresAt };
      saveLastLogin(prefs, log, { gatewayUrl: url, username });
      log.info('logged in', { username, role: login.role, gatewayUrl: url });
      publish('session:changed', session);
      link = createGatewayLink({
        url,
        token: login.token,
        log,
        ...deps.link,
        onState: (state) => {
          if (mine === generation) setLinkState(state);
        },
        onEvent: (event) => {
          if (mine === generation) onEvent(event);
        },
      });
      return session;
    },

    'session:log-out': () => {
      if (session) log.info('logged out', { username: session.username });
      endSession('Logged out');
      return Promise.resolve(null);
    },

    'session:get': () => Promise.resolve(session),
    'link:get-state': () => Promise.resolve(linkState),
    'presence:get': () => Promise.resolve(presence),

    'presence:set': async ({ state }) => {
      const live = requireLink();
      const mine = generation;
      const next = await live.request('presence:set', { state });
      if (mine === generation) setPresence(next);
      return next;
    },
  };

  return {
    handlers,
    link: () => link,
    dispose() {
      if (!disposed) {
        disposed = true;
        generation += 1;
        link?.close();
        link = null;
        session = null;
      }
      return Promise.resolve();
    },
  };
}

/** Remembering the last login is a convenience: a failing store must not fail the login. */
function saveLastLogin(prefs: PreferencesStore, log: Logger, lastLogin: { gatewayUrl: string; username: string }): void {
  try {
    prefs.update({ lastLogin });
  } catch (error) {
    log.warn('could not save the last login', { error });
  }
}
