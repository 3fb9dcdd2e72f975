// The security policy as data: the app's origin, CSP, web preferences, allowed permissions and external
// link schemes. Every other security module reads from here; nothing here touches Electron objects.

export const APP_SCHEME = 'baton';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** No inline script or style, no network from the renderer: all traffic goes through main. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Link schemes the OS may open on the user's behalf; everything else is dropped. */
export const EXTERNAL_LINK_SCHEMES: ReadonlySet<string> = new Set(['https:', 'mailto:']);

/** Permissions a page of ours may be granted (microphone joins when voice arrives). */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

export interface SecureWebPreferences {
  readonly sandbox: true;
  readonly contextIsolation: true;
  readonly nodeIntegration: false;
  readonly webSecurity: true;
  readonly webviewTag: false;
  readonly allowRunningInsecureContent: false;
  readonly preload: string;
}

/** Frozen so no caller can loosen a window after the fact. */
export function secureWebPreferences(preload: string): SecureWebPreferences {
  return Object.freeze({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    preload,
  });
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True for URLs on our own `baton://app` origin (Node reports custom-scheme origins as "null"). */
export function isAppUrl(value: string): boolean {
  const url = parseUrl(value);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/** The URL to hand to the OS, or null when its scheme is not on the allowlist. */
export function externalLinkTarget(value: string): string | null {
  const url = parseUrl(value);
  return url !== null && EXTERNAL_LINK_SCHEMES.has(url.protocol) ? url.href : null;
}
