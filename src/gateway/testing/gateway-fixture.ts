// Test support: starts a real gateway on 127.0.0.1 port 0 with a throwaway config file and data dir.
// Used by the gateway's own tests; never imported by production code.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Role } from '../../shared/domain/role';
import type { Logger } from '../../shared/log';
import { hashPassword } from '../auth/password-hash';
import { startGateway, type GatewayOptions, type RunningGateway } from '../server';

export const TEST_SECRET = 'test-secret-that-is-long-enough-0123456789';

export interface TestUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

export const TEST_USERS: readonly TestUser[] = [
  { username: 'ana', displayName: 'Ana Silva', role: 'agent', password: 'ana-password' },
  { username: 'sam', displayName: 'Sam Reed', role: 'supervisor', password: 'sam-password' },
];

// Cheap scrypt parameters keep the suite fast; production hashes use the defaults.
const FAST = { N: 1024, r: 8, p: 1 };

export async function makeTempDir(prefix = 'baton-gateway-'): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function writeConfig(dir: string, users: readonly TestUser[] = TEST_USERS, extra: Record<string, unknown> = {}): Promise<string> {
  const entries = await Promise.all(
    users.map(async ({ password, ...user }) => ({ ...user, passwordHash: await hashPassword(password, FAST) })),
  );
  const path = join(dir, 'gateway.json');
  await writeFile(path, JSON.stringify({ users: entries, ...extra }, null, 2));
  return path;
}

export interface TestGateway {
  gateway: RunningGateway;
  dir: string;
  stop: () => Promise<void>;
}

export async function startTestGateway(options: Partial<GatewayOptions> & { log?: Logger } = {}): Promise<TestGateway> {
  const temp = await makeTempDir();
  const configPath = await writeConfig(temp.dir);
  const gateway = await startGateway({
    configPath,
    secret: TEST_SECRET,
    dataDir: join(temp.dir, 'data'),
    port: 0,
    host: '127.0.0.1',
    ...options,
  });
  return {
    gateway,
    dir: temp.dir,
    stop: async () => {
      await gateway.close();
      await temp.remove();
    },
  };
}

export async function login(url: string, username: string, password: string): Promise<Response> {
  return fetch(`${url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

/**
 * Gateways started on demand within one test, in a fresh temp dir, all closed after it. Call at the top
 * of a test file: it registers the vitest hooks itself.
 */
export function gatewaysPerTest(): { start: (options: GatewayOptions) => Promise<RunningGateway>; dir: () => string } {
  let temp: Awaited<ReturnType<typeof makeTempDir>> | null = null;
  const running: RunningGateway[] = [];
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((g) => g.close()));
    await temp?.remove();
  });
  const dir = () => {
    if (temp === null) throw new Error('gatewaysPerTest: used outside a test');
    return temp.dir;
  };
  return {
    dir,
    async start(options) {
      const gateway = await startGateway({ dataDir: join(dir(), 'data'), ...options });
      running.push(gateway);
      return gateway;
    },
  };
}
