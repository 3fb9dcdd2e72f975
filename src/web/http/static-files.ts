// Serves the built renderer from one folder: GET/HEAD only, no path outside the folder (including
// through symlinks), index.html only with the per-run key. It never lists directories.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Logger } from '../../shared/log';
import { mimeTypeFor } from '../../main/core/static/mime-types';
import type { AccessPolicy } from '../access';

const KEY_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Baton: use the printed link</title></head>
<body><main><h1>Open Baton with the link it printed</h1>
<p>This Baton page is protected by a key that changes every time browser mode starts, so that nobody
else on this computer can use your session.</p>
<p>Open the exact <code>Open: http://127.0.0.1:&hellip;/?key=&hellip;</code> link that
<code>npm run start:web</code> printed in its terminal.</p></main></body></html>
`;

export interface StaticFilesDeps {
  rendererDir: string;
  access: AccessPolicy;
  log: Logger;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function createStaticFiles({ rendererDir, access, log }: StaticFilesDeps): RequestHandler {
  const root = path.resolve(rendererDir);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed');
    }
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return sendText(res, 400, 'Bad request');
    }
    if (relative.includes('\0') || relative.includes('\\')) return sendText(res, 400, 'Bad request');
    const isIndex = relative === '/' || relative === '/index.html';
    if (isIndex && !access.keyMatches(url.searchParams.get('key'))) {
      log.warn('web: index requested without the right key');
      return send(res, 403, 'text/html; charset=utf-8', KEY_PAGE, 'no-store');
    }
    const file = await resolveInside(root, isIndex ? '/index.html' : relative);
    if (!file) return sendText(res, 404, 'Not found');
    const type = mimeTypeFor(file.path);
    res.statusCode = 200;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Cache-Control', isIndex ? 'no-store' : 'no-cache');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((resolve) => {
      const stream = createReadStream(file.path);
      stream.on('error', (error) => {
        log.error('web: failed to read a static file', { file: file.path, error });
        res.destroy();
        resolve();
      });
      stream.on('end', resolve);
      stream.pipe(res);
    });
  };
}

/** The real path of a regular file under root, or null. Symlinks are followed and must stay inside. */
async function resolveInside(root: string, relative: string): Promise<{ path: string; size: number } | null> {
  const candidate = path.resolve(root, `.${path.posix.normalize(relative)}`);
  if (!isInside(root, candidate)) return null;
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isInside(realRoot, real)) return null;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : null;
  } catch {
    return null;
  }
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  send(res, status, 'text/plain; charset=utf-8', `${text}\n`, 'no-store');
}

function send(res: ServerResponse, status: number, type: string, body: string, cache: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', cache);
  res.setHeader('Content-Length', String(Buffer.byteLength(body)));
  res.end(body);
}
