// Session-wide policy: the CSP header on every response from our origin and the permission handlers.
// Must not grant any permission outside ALLOWED_PERMISSIONS, nor to a page that is not ours.
import type { Session } from 'electron';
import type { Logger } from '../../../shared/log';
import { ALLOWED_PERMISSIONS, CONTENT_SECURITY_POLICY, isAppUrl } from './policy';

type HeaderMap = Record<string, string[] | string>;

/** Replaces any CSP header (whatever its case) on our origin's responses with ours. */
export function withContentSecurityPolicy(url: string, headers: HeaderMap | undefined): HeaderMap | undefined {
  if (!isAppUrl(url)) return headers;
  const kept = Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
  );
  return { ...kept, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

export function isPermissionAllowed(permission: string, origin: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(origin);
}

export function applySessionPolicy(
  session: Pick<Session, 'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  log: Logger,
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders = withContentSecurityPolicy(details.url, details.responseHeaders);
    callback(responseHeaders === undefined ? {} : { responseHeaders });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const origin = details.requestingUrl;
    const granted = isPermissionAllowed(permission, origin);
    if (!granted) log.warn('permission request denied', { permission, origin });
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
}
