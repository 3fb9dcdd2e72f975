import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HealthResponseSchema } from '../shared/contract/http';
import { verifyPassword } from './auth/password-hash';
import { makeTempDir, TEST_SECRET } from './testing/gateway-fixture';

const CLI = join(import.meta.dirname, 'cli.ts');
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.remove());

function cli(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BATON_')));
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...base, BATON_DATA_DIR: join(temp.dir, 'data'), ...env } });
}

function finish(child: ChildProcessWithoutNullStreams, stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  if (stdin !== undefined) child.stdin.end(stdin);
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) => child.on('exit', (code) => {
    clearTimeout(killer);
    resolve({ code, stdout, stderr });
  }));
}

function firstLines(child: ChildProcessWithoutNullStreams, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (c: Buffer) => {
      text += c.toString();
      const lines = text.split('\n');
      if (lines.length > count) resolve(lines.slice(0, count));
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before printing ${count} lines: ${text}`)));
  });
}

describe('gateway CLI', () => {
  it('prints usage for --help', async () => {
    const { code, stdout } = await finish(cli(['--help']));
    expect(code).toBe(0);
    expect(stdout).toMatch(/npm run gateway -- --demo/);
    expect(stdout).toMatch(/BATON_GATEWAY_SECRET/);
  });

  it('runs a demo gateway, prints its URL and users, and exits cleanly on SIGTERM', async () => {
    const child = cli(['--demo', '--port', '0'], { BATON_DEMO_PASSWORD: 'cli-demo' });
    const done = finish(child);
    const [gatewayLine = '', usersLine, passwordLine, botKeyLine = ''] = await firstLines(child, 4);
    expect(gatewayLine).toMatch(/^Gateway: http:\/\/127\.0\.0\.1:\d+$/);
    expect(usersLine).toBe('Demo users: agent1, agent2, agent3, agent4, agent5, supervisor1');
    expect(passwordLine).toBe('Demo password: cli-demo');
    expect(botKeyLine).toMatch(/^Bot key: bk_[A-Za-z0-9_-]{43}$/);
    const url = gatewayLine.slice('Gateway: '.length);
    const botKey = botKeyLine.slice('Bot key: '.length);
    const unauthorised = await fetch(`${url}/v1/handoffs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unauthorised.status).toBe(401);
    const accepted = await fetch(`${url}/v1/handoffs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${botKey}` },
      body: JSON.stringify({ conversationId: 'cli-1', intent: { name: 'billing_dispute', label: 'Billing dispute' } }),
    });
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toMatchObject({ queue: 'billing' });
    expect(HealthResponseSchema.parse(await (await fetch(`${url}/healthz`)).json()).status).toBe('ok');
    child.kill('SIGTERM');
    const { code, stderr } = await done;
    expect(code).toBe(0);
    const logs = stderr.trim().split('\n').map((line) => JSON.parse(line) as { msg: string });
    expect(logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['gateway listening', 'shutting down', 'gateway closed']));
  });

  it('runs from a config file with a secret from the environment', async () => {
    const child = cli(['--config', 'config/gateway.example.json'], { BATON_GATEWAY_SECRET: TEST_SECRET, BATON_GATEWAY_PORT: '0' });
    const done = finish(child);
    const [line = ''] = await firstLines(child, 1);
    const url = line.slice('Gateway: '.length);
    const response = await fetch(`${url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"maria","password":"baton-example"}' });
    expect(response.status).toBe(200);
    child.kill('SIGINT');
    expect((await done).code).toBe(0);
  });

  it('refuses to start without a secret, saying which variable to set', async () => {
    const { code, stdout, stderr } = await finish(cli(['--config', 'config/gateway.example.json', '--port', '0']));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^gateway: BATON_GATEWAY_SECRET is not set/);
  });

  it('refuses a bad port with a usage error', async () => {
    const { code, stderr } = await finish(cli(['--port', 'eighty']));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--port must be a port number.*\nRun with --help/);
  });

  it('hash-password turns stdin into a hash that verifies', async () => {
    const { code, stdout } = await finish(cli(['hash-password']), 'my secret pass\n');
    expect(code).toBe(0);
    const hash = stdout.trim();
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('my secret pass', hash)).toBe(true);
  });

  it('hash-password refuses empty input', async () => {
    const { code, stderr } = await finish(cli(['hash-password']), '');
    expect(code).toBe(1);
    expect(stderr).toMatch(/no password on stdin/);
  });
});
