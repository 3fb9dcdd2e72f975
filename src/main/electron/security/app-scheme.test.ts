// The app-scheme handler against real files in a temp folder: correct MIME types and CSP, and nothing
// outside the renderer folder is ever served, however the path is spelled.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../../core/testing/recording-logger';
import { mimeTypeFor } from '../../core/static/mime-types';
import { createAppSchemeHandler } from './app-scheme';
import { CONTENT_SECURITY_POLICY } from './policy';

const base = mkdtempSync(join(tmpdir(), 'baton-scheme-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Baton</title>');
writeFileSync(join(root, 'assets', 'app-1.js'), 'export {}');
writeFileSync(join(base, 'secret.txt'), 'do not serve');
const log = createRecordingLogger();
const handle = createAppSchemeHandler({ root, log });
const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app scheme handler', () => {
  it('serves the entry page with its MIME type, the CSP and nosniff', async () => {
    for (const url of ['baton://app/index.html', 'baton://app/']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>Baton</title>');
    }
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('baton://app/assets/app-1.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('font.WOFF2')).toBe('font/woff2');
    expect(mimeTypeFor('unknown.bin')).toBe('application/octet-stream');
  });

  it.each([
    'baton://app/..%2fsecret.txt',
    'baton://app/assets/..%2F..%2Fsecret.txt',
    'baton://app/%2e%2e/secret.txt',
    'baton://app/..%5csecret.txt',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('refuses encoded NUL bytes, malformed escapes, other hosts, writes and missing files', async () => {
    expect((await get('baton://app/index.html%00.js')).status).toBe(400);
    expect((await get('baton://app/%E0%A4%A')).status).toBe(400);
    expect((await get('baton://other/index.html')).status).toBe(404);
    expect((await get('baton://app/index.html', 'POST')).status).toBe(405);
    expect((await get('baton://app/nope.js')).status).toBe(404);
    expect((await get('baton://app/assets')).status).toBe(404);
  });

  it('logs refused traversal attempts', async () => {
    await get('baton://app/..%2f..%2fetc/passwd');
    expect(log.at('warn').map((e) => e.message)).toContain('app scheme: refused a path outside the renderer folder');
  });
});
