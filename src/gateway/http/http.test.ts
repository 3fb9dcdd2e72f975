import { request } from 'node:http';
import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthResponseSchema, HttpErrorSchema, LoginResponseSchema } from '../../shared/contract/http';
import { login, startTestGateway, TEST_SECRET, type TestGateway } from '../testing/gateway-fixture';

let t: TestGateway;
let url: string;

beforeAll(async () => {
  t = await startTestGateway();
  url = t.gateway.url;
});
afterAll(() => t.stop());

async function errorOf(response: Response): Promise<{ status: number; body: ReturnType<typeof HttpErrorSchema.parse> }> {
  return { status: response.status, body: HttpErrorSchema.parse(await response.json()) };
}

describe('GET /healthz', () => {
  it('answers ok with version and uptime, uncacheable and unsniffable', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(HealthResponseSchema.parse(await response.json())).toMatchObject({ status: 'ok', version: '0.1.0' });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 405 with Allow for the wrong method, and 404 for unknown paths', async () => {
    const wrong = await fetch(`${url}/healthz`, { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
    expect((await errorOf(wrong)).body.error).toMatch(/not allowed/);
    const missing = await errorOf(await fetch(`${url}/nope`));
    expect(missing).toEqual({ status: 404, body: { error: 'No such endpoint: /nope' } });
  });
});

describe('POST /v1/auth/login', () => {
  it('issues a signed token for the right password', async () => {
    const response = await login(url, 'ana', 'ana-password');
    expect(response.status).toBe(200);
    const body = LoginResponseSchema.parse(await response.json());
    expect(body).toMatchObject({ role: 'agent', displayName: 'Ana Silva' });
    const { payload } = await jwtVerify(body.token, new TextEncoder().encode(TEST_SECRET));
    expect(payload).toMatchObject({ sub: 'ana', role: 'agent' });
    expect(new Date(body.expiresAt).getTime()).toBe((payload.exp ?? 0) * 1000);
    // Default lifetime is eight hours.
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(8 * 3600);
  });

  it('matches usernames case-insensitively and signs the canonical name', async () => {
    const body = LoginResponseSchema.parse(await (await login(url, 'SAM', 'sam-password')).json());
    expect(body.role).toBe('supervisor');
    const { payload } = await jwtVerify(body.token, new TextEncoder().encode(TEST_SECRET));
    expect(payload.sub).toBe('sam');
  });

  it('gives a wrong password and an unknown user the same 401', async () => {
    const wrong = await errorOf(await login(url, 'ana', 'sam-password'));
    const unknown = await errorOf(await login(url, 'nobody', 'ana-password'));
    expect(wrong).toEqual({ status: 401, body: { error: 'Wrong username or password' } });
    expect(unknown).toEqual(wrong);
  });

  it('answers 400 with the field path for an invalid body', async () => {
    const response = await fetch(`${url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ana' }),
    });
    const { status, body } = await errorOf(response);
    expect(status).toBe(400);
    expect(body.issues).toEqual([{ path: 'password', message: expect.any(String) as string }]);
    expect(body.error).toMatch(/^Invalid request body: password:/);
  });

  it('answers 400 for malformed and empty JSON', async () => {
    const post = (body: string) => fetch(`${url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(await errorOf(await post('{"username":'))).toEqual({ status: 400, body: { error: 'The body is not valid JSON' } });
    expect((await errorOf(await post(''))).body.error).toMatch(/empty/);
  });

  it('answers 415 unless the body is declared JSON', async () => {
    const response = await fetch(`${url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ username: 'ana', password: 'ana-password' }),
    });
    expect((await errorOf(response)).status).toBe(415);
  });

  it('answers 413 for a declared body over 1 MB', async () => {
    const big = JSON.stringify({ username: 'ana', password: 'x'.repeat(1024 * 1024 + 10) });
    const response = await fetch(`${url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    const { status, body } = await errorOf(response);
    expect(status).toBe(413);
    expect(body.error).toMatch(/larger than 1048576 bytes/);
  });

  it('answers 413 for a chunked body that grows past 1 MB', async () => {
    const result = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 20; i += 1) req.write(chunk);
      req.end();
    });
    expect(result.status).toBe(413);
    expect(HttpErrorSchema.parse(JSON.parse(result.body)).error).toMatch(/larger than/);
  });

  it('still serves requests after all those refusals', async () => {
    expect((await login(url, 'ana', 'ana-password')).status).toBe(200);
  });
});
