// The security module's entry: applies the whole policy in the two phases Electron allows it, before and
// after `ready`. Callers get the policy from here and never set a security option themselves.
import type { App, Protocol, Session, Shell } from 'electron';
import type { Logger } from '../../../shared/log';
import { handleAppScheme, registerAppScheme } from './app-scheme';
import { hardenWebContents } from './contents-policy';
import { applySessionPolicy } from './session-policy';

export { APP_ENTRY_URL, APP_ORIGIN, CONTENT_SECURITY_POLICY, isAppUrl, secureWebPreferences } from './policy';

/** Must run before `app.whenReady()`: the sandbox switch and the privileged scheme only apply then. */
export function applySecurityBeforeReady(deps: {
  app: Pick<App, 'enableSandbox' | 'on'>;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>;
  shell: Pick<Shell, 'openExternal'>;
  log: Logger;
}): void {
  deps.app.enableSandbox();
  registerAppScheme(deps.protocol);
  // Every webContents, including ones we never asked for, gets the navigation policy.
  deps.app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { shell: deps.shell, log: deps.log });
  });
}

export function applySecurityWhenReady(deps: {
  protocol: Pick<Protocol, 'handle'>;
  session: Pick<Session, 'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
  rendererRoot: string;
  log: Logger;
}): void {
  handleAppScheme(deps.protocol, { root: deps.rendererRoot, log: deps.log });
  applySessionPolicy(deps.session, deps.log);
}
