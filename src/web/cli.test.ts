// The CLI as scripts and the E2E fixture use it: a child process whose stdout lines are the interface.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let root = '';

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** Runs the CLI until it prints `Open:`, then stops it with SIGTERM; resolves with stdout and the exit code. */
async function runUntilOpen(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; stderr: string; code: number | null }> {
  root = await mkdtemp(path.join(tmpdir(), 'baton-web-cli-'));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>stub</title>');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv['BATON_GATEWAY_URL'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/web/cli.ts', '--port', '0', '--data-dir', path.join(root, 'data'), '--renderer-dir', rendererDir, ...args], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (/^Open: /m.test(stdout)) child.kill('SIGTERM');
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await exited;
  clearTimeout(killer);
  return { stdout, stderr, code };
}

describe('web CLI', () => {
  it('prints Gateway:, then Bot key:, then Open: for the embedded demo gateway, and stops cleanly', async () => {
    const { stdout, code } = await runUntilOpen(['--no-simulator']);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Gateway: http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines[1]).toMatch(/^Bot key: \S{16,}$/);
    expect(lines.filter((l) => l.startsWith('Open: '))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^Open: http:\/\/127\.0\.0\.1:\d+\/\?key=/);
    expect(code).toBe(0);
  });

  it('refuses an unknown flag with a clear message', async () => {
    const { stdout, stderr, code } = await runUntilOpen(['--simulator-please']);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Baton browser mode could not start: .*--simulator-please/);
    expect(code).toBe(1);
  });
});
