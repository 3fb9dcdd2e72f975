// The gateway's tiny HTTP router: matches method + path (with `:name` segments) to a route handler and
// turns every outcome into a JSON response. Routes are data, so later features add routes, not branches.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { Logger } from '../../shared/log';
import { HttpProblem } from './http-problem';
import { parseBody, readJsonBody } from './json-body';
import { sendJson } from './respond';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteContext {
  req: IncomingMessage;
  url: URL;
  params: Readonly<Record<string, string>>;
  /** Reads the JSON body and validates it; throws an HttpProblem (400/413/415) otherwise. */
  readJson<T extends z.ZodType>(schema: T): Promise<z.infer<T>>;
}

export interface JsonReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: HttpMethod;
  /** Absolute path; a segment written `:name` matches any one segment and lands in `params.name`. */
  path: string;
  handler: (ctx: RouteContext) => Promise<JsonReply> | JsonReply;
}

export interface RouterOptions {
  routes: readonly Route[];
  log: Logger;
  bodyLimitBytes?: number;
}

function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':') && g !== '') params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}

function findRoute(routes: readonly Route[], method: string, pathname: string): { route: Route; params: Record<string, string> } | HttpProblem {
  const allowed = new Set<string>();
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    if (route.method === method) return { route, params };
    allowed.add(route.method);
  }
  if (allowed.size === 0) return new HttpProblem(404, `No such endpoint: ${pathname}`);
  const allow = [...allowed].join(', ');
  return new HttpProblem(405, `Method ${method} is not allowed here; use ${allow}`, { headers: { allow } });
}

async function dispatch(req: IncomingMessage, routes: readonly Route[], bodyLimitBytes: number | undefined): Promise<JsonReply> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://gateway.invalid');
  } catch {
    throw new HttpProblem(400, 'The request URL is malformed');
  }
  const found = findRoute(routes, req.method ?? 'GET', url.pathname);
  if (found instanceof HttpProblem) throw found;
  const ctx: RouteContext = {
    req,
    url,
    params: found.params,
    readJson: async (schema) => parseBody(schema, await readJsonBody(req, bodyLimitBytes)),
  };
  return found.route.handler(ctx);
}

/** A node:http 'request' listener serving `routes`. It never throws and always answers in JSON. */
export function createRouter({ routes, log, bodyLimitBytes }: RouterOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    dispatch(req, routes, bodyLimitBytes).then(
      (reply) => sendJson(res, reply.status, reply.body, reply.headers),
      (error: unknown) => {
        if (error instanceof HttpProblem) {
          log.info('http request refused', { method: req.method, path: req.url, status: error.status, reason: error.message });
          sendJson(res, error.status, error.toBody(), error.headers);
          return;
        }
        // Malformed paths (bad percent-encoding) surface as URIError from decodeURIComponent.
        if (error instanceof URIError) {
          sendJson(res, 400, { error: 'The request path is malformed' });
          return;
        }
        log.error('http handler failed', { method: req.method, path: req.url, error });
        sendJson(res, 500, { error: 'Internal gateway error' });
      },
    );
  };
}
