import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoginResponseSchema } from '../shared/contract/http';
import { ConfigError } from './config/load-config';
import { gatewaysPerTest, login, writeConfig, TEST_SECRET } from './testing/gateway-fixture';

const gateways = gatewaysPerTest();
const start = gateways.start;

describe('demo mode', () => {
  it('listens on 127.0.0.1 and seeds five agents and a supervisor with the demo password', async () => {
    const gateway = await start({ demo: true, demoPassword: 'pw-for-test' });
    expect(gateway.url).toBe(`http://127.0.0.1:${gateway.port}`);
    expect(gateway.port).toBeGreaterThan(0);
    expect(gateway.demo).toEqual({ users: ['agent1', 'agent2', 'agent3', 'agent4', 'agent5', 'supervisor1'], password: 'pw-for-test' });
    const agent = LoginResponseSchema.parse(await (await login(gateway.url, 'agent3', 'pw-for-test')).json());
    expect(agent.role).toBe('agent');
    expect(agent.displayName).not.toMatch(/agent/i);
    const supervisor = LoginResponseSchema.parse(await (await login(gateway.url, 'supervisor1', 'pw-for-test')).json());
    expect(supervisor.role).toBe('supervisor');
    expect((await login(gateway.url, 'agent1', 'baton-demo')).status).toBe(401);
  });

  it.each(['0.0.0.0', '::', '192.168.1.10'])('refuses to bind %s', async (host) => {
    await expect(start({ demo: true, host })).rejects.toThrow(/127\.0\.0\.1 only; refusing host/);
  });

  it('refuses a config file alongside demo users', async () => {
    await expect(start({ demo: true, configPath: join(gateways.dir(), 'x.json') })).rejects.toThrow(/do not combine/);
  });
});

describe('settings', () => {
  it('needs a secret of at least 32 characters outside demo mode', async () => {
    const configPath = await writeConfig(gateways.dir());
    await expect(start({ configPath, secret: 'short' })).rejects.toThrow(/too short: it needs at least 32/);
    await expect(start({ configPath, secret: '' })).rejects.toThrow(ConfigError);
  });

  it('needs a config file outside demo mode', async () => {
    await expect(start({ secret: TEST_SECRET })).rejects.toThrow(/config file with the users is required/);
  });

  it('reports a port already in use clearly', async () => {
    const configPath = await writeConfig(gateways.dir());
    const first = await start({ configPath, secret: TEST_SECRET });
    await expect(start({ configPath, secret: TEST_SECRET, port: first.port })).rejects.toThrow(/already in use/);
  });

  it('creates the data dir, honours the token lifetime, and serves a wildcard bind via loopback', async () => {
    const configPath = await writeConfig(gateways.dir(), undefined, { tokenTtlSeconds: 600 });
    const dataDir = join(gateways.dir(), 'nested', 'data');
    const gateway = await start({ configPath, secret: TEST_SECRET, dataDir, host: '0.0.0.0' });
    expect((await stat(dataDir)).isDirectory()).toBe(true);
    expect(gateway.url).toBe(`http://127.0.0.1:${gateway.port}`);
    const body = LoginResponseSchema.parse(await (await login(gateway.url, 'ana', 'ana-password')).json());
    const lifetime = (new Date(body.expiresAt).getTime() - Date.now()) / 1000;
    expect(lifetime).toBeGreaterThan(500);
    expect(lifetime).toBeLessThanOrEqual(600);
  });

  it('close() is idempotent and stops answering', async () => {
    const gateway = await start({ demo: true });
    await Promise.all([gateway.close(), gateway.close()]);
    await expect(fetch(`${gateway.url}/healthz`)).rejects.toThrow();
  });
});

describe('close()', () => {
  it('leaves no open handles: a process that used the gateway exits by itself', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'testing', 'close-probe.ts')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A leaked handle keeps the child alive; the kill turns that hang into a clear failure.
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    clearTimeout(killer);
    expect({ code, output: output.trim() }).toEqual({ code: 0, output: 'closed' });
  });
});
