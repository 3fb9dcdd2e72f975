// The only module that touches window.baton. In Electron the preload exposes it; in browser mode
// there is none, so a WebSocket-backed BatonApi to the web host takes its place. Either way the
// caller gets one contract-checked BatonApi.
import type { BatonApi } from '../../shared/contract/ipc';
import { bridgeSessionId, bridgeUrl } from './bridge-url';
import { guardBaton } from './guard-baton';
import { createWsBaton } from './ws-baton';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function getBaton(win: Window = window): BatonApi {
  if (win.baton) return guardBaton(win.baton);
  const session = bridgeSessionId(win.sessionStorage, randomId);
  return createWsBaton({
    url: bridgeUrl(win.location, session),
    createSocket: (url) => new WebSocket(url),
  });
}
