// Writes JSON responses with the gateway's fixed headers. The only place that calls res.writeHead.
import type { ServerResponse } from 'node:http';

// The API is JSON for programs: nothing may be cached, sniffed as HTML, framed or given a referrer.
const BASE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  if (status === 204) {
    const { 'content-type': _type, ...rest } = BASE_HEADERS;
    res.writeHead(status, { ...rest, ...headers });
    res.end();
    return;
  }
  const payload = JSON.stringify(body);
  res.writeHead(status, { ...BASE_HEADERS, ...headers, 'content-length': String(Buffer.byteLength(payload)) });
  res.end(payload);
}
