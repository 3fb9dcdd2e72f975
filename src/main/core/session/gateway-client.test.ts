import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BatonError } from '../../../shared/contract/result';
import { silentLogger } from '../../../shared/log';
import { logInOverHttp } from './gateway-client';

let server: Server | null = null;

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

async function failure(promise: Promise<unknown>): Promise<BatonError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof BatonError)) throw new Error(`expected a BatonError, got ${String(error)}`);
  return error;
}

describe('logInOverHttp', () => {
  const form = { username: 'agent1', password: 'pw', log: silentLogger };

  it('returns the parsed login response', async () => {
    let seen = '';
    const url = await serve((req, res) => {
      req.on('data', (chunk: Buffer) => (seen += chunk.toString()));
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ token: 't', role: 'agent', displayName: 'Agent 1', expiresAt: '2030-01-01T00:00:00.000Z' }));
      });
    });
    const login = await logInOverHttp({ ...form, gatewayUrl: `${url}/` });
    expect(login).toEqual({ token: 't', role: 'agent', displayName: 'Agent 1', expiresAt: '2030-01-01T00:00:00.000Z' });
    expect(JSON.parse(seen)).toEqual({ username: 'agent1', password: 'pw' });
  });

  it('maps 401 to bad-credentials with the gateway sentence', async () => {
    const url = await serve((_req, res) => {
      res.statusCode = 401;
      res.end(JSON.stringify({ error: 'Wrong username or password' }));
    });
    const error = await failure(logInOverHttp({ ...form, gatewayUrl: url }));
    expect(error.code).toBe('bad-credentials');
    expect(error.message).toBe('Wrong username or password');
  });

  it('maps a 500 and a non-gateway body to gateway-error', async () => {
    const broken = await serve((_req, res) => {
      res.statusCode = 500;
      res.end('oops');
    });
    expect(await failure(logInOverHttp({ ...form, gatewayUrl: broken }))).toMatchObject({ code: 'gateway-error', message: expect.stringContaining('HTTP 500') as string });
    server?.close();
    const stranger = await serve((_req, res) => res.end('<html>hello</html>'));
    expect(await failure(logInOverHttp({ ...form, gatewayUrl: stranger }))).toMatchObject({ code: 'gateway-error', message: expect.stringContaining('Baton gateway') as string });
  });

  it('maps a refused connection to unreachable', async () => {
    const url = await serve((_req, res) => res.end());
    server?.close();
    await new Promise((resolve) => server?.on('close', resolve));
    const error = await failure(logInOverHttp({ ...form, gatewayUrl: url }));
    expect(error.code).toBe('unreachable');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('maps a silent server to unreachable after the timeout', async () => {
    const url = await serve(() => undefined);
    const error = await failure(logInOverHttp({ ...form, gatewayUrl: url, timeoutMs: 200 }));
    expect(error).toMatchObject({ code: 'unreachable', message: expect.stringContaining('did not answer') as string });
  });
});
