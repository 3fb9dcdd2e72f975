// The `baton://app` scheme: its privileges and the handler that serves the built renderer from disk.
// Owns path-traversal protection (MIME types come from core/static); must never serve a file outside the renderer folder.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import type { Logger } from '../../../shared/log';
import { mimeTypeFor } from '../../core/static/mime-types';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './policy';

/**
 * Must run before `app.whenReady()`. `standard` + `secure` give the scheme a real origin (relative URLs,
 * storage, secure context) so the renderer never needs `file://`. `corsEnabled` because Vite's module
 * scripts carry `crossorigin` and are fetched in CORS mode; our responses send no
 * Access-Control-Allow-Origin, so no other origin can read them.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY },
  });
}

/** A fetch-style handler for `protocol.handle`, serving files under `root` only. */
export function createAppSchemeHandler(deps: { root: string; log: Logger }): (request: Request) => Promise<Response> {
  const root = resolve(deps.root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return plain(400, 'Bad path');
    }
    if (pathname.includes('\0')) return plain(400, 'Bad path');
    const file = resolve(root, pathname === '/' ? 'index.html' : `.${pathname}`);
    if (!file.startsWith(root + sep)) {
      deps.log.warn('app scheme: refused a path outside the renderer folder', { url: request.url });
      return plain(403, 'Forbidden');
    }
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: {
          'content-type': mimeTypeFor(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return plain(404, 'Not found');
    }
  };
}

export function handleAppScheme(protocol: Pick<Protocol, 'handle'>, deps: { root: string; log: Logger }): void {
  protocol.handle(APP_SCHEME, createAppSchemeHandler(deps));
}
