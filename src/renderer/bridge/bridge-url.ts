// Where the browser-mode bridge connects: same host as the page, the per-run key from the page URL,
// and a per-tab session id kept in sessionStorage so a reload re-attaches to the same host session.
import { BRIDGE_PATH } from '../../shared/contract/bridge-wire';

const SESSION_KEY = 'baton.bridge-session';

export interface PageLocation {
  readonly protocol: string;
  readonly host: string;
  readonly search: string;
}

export interface SessionStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function bridgeSessionId(storage: SessionStore, randomId: () => string): string {
  const existing = storage.getItem(SESSION_KEY);
  if (existing && /^[\w-]{8,64}$/.test(existing)) return existing;
  const id = randomId();
  storage.setItem(SESSION_KEY, id);
  return id;
}

export function bridgeUrl(location: PageLocation, sessionId: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const key = new URLSearchParams(location.search).get('key') ?? '';
  const query = new URLSearchParams({ key, session: sessionId });
  return `${scheme}//${location.host}${BRIDGE_PATH}?${query.toString()}`;
}
