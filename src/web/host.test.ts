import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../shared/log';
import { startWebHost, type RunningWebHost } from './host';

let root: string;
let host: RunningWebHost;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'baton-web-'));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Baton stub</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export {};');
  await writeFile(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(root, 'secret.txt'), 'outside the renderer');
  await symlink(path.join(root, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
  host = await startWebHost({ rendererDir, dataDir: path.join(root, 'data'), log: silentLogger, simulator: false });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

/** A raw request, so paths like `/../x` reach the server unnormalised. */
function get(rawPath: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: rawPath, method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web host static files', () => {
  it('serves index.html only with the per-run key, uncached, with security headers', async () => {
    const page = await get(`/?key=${host.secret}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Baton stub');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'; script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?key=${host.secret}`);
  });

  it('embeds a demo gateway with a bot key for posting handoffs', () => {
    expect(host.embeddedGateway?.url).toBe(host.gatewayUrl);
    expect(host.embeddedGateway?.botKey).toMatch(/^\S{16,}$/);
  });

  it('answers 403 with an explanation when the key is missing or wrong', async () => {
    for (const target of ['/', '/index.html', '/?key=wrong', `/?key=${host.secret}x`]) {
      const page = await get(target);
      expect(page.status, target).toBe(403);
      expect(page.body).toContain('link');
      expect(page.body).not.toContain('Baton stub');
      expect(page.headers['content-security-policy']).toBeDefined();
    }
  });

  it('serves assets without the key, with their content types', async () => {
    const js = await get('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/assets/app.js', {}, 'HEAD')).body).toBe('');
  });

  it('refuses directory traversal, symlinks out of the folder, directories and unknown files', async () => {
    for (const target of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/link.txt', '/assets', '/nope.js']) {
      const res = await get(target);
      expect(res.status, target).toBe(404);
      expect(res.body).not.toContain('outside the renderer');
    }
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/assets%5C..%5C..%5Csecret.txt')).status).toBe(400);
  });

  it('refuses other methods and foreign Host headers', async () => {
    expect((await get('/assets/app.js', {}, 'POST')).status).toBe(405);
    const rebound = await get(`/?key=${host.secret}`, { host: `evil.example:${host.port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('Baton stub');
  });
});
