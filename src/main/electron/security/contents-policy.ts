// Per-webContents policy, applied to every webContents the app creates: no new windows, no navigation
// away from our origin, no <webview>, external links only through the scheme allowlist.
import type { Shell, WebContents } from 'electron';
import type { Logger } from '../../../shared/log';
import { externalLinkTarget, isAppUrl } from './policy';

export interface ContentsPolicyDeps {
  shell: Pick<Shell, 'openExternal'>;
  log: Logger;
}

/** Hands an allowlisted link to the OS; anything else is dropped and logged. */
export function openExternalLink(url: string, deps: ContentsPolicyDeps): void {
  const target = externalLinkTarget(url);
  if (target === null) {
    deps.log.warn('external link refused: scheme not allowed', { url });
    return;
  }
  deps.shell.openExternal(target).catch((error: unknown) => {
    deps.log.warn('external link could not be opened', { url: target, error: String(error) });
  });
}

export function hardenWebContents(
  contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>,
  deps: ContentsPolicyDeps,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url, deps);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternalLink(event.url, deps);
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    deps.log.warn('redirect away from the app blocked', { url: event.url });
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log.warn('webview attach blocked');
  });
}
