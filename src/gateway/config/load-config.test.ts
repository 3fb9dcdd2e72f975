import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password-hash';
import { makeTempDir } from '../testing/gateway-fixture';
import { ConfigError, loadConfig, parseConfig } from './load-config';

const HASH = 'scrypt$1024$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==';
const user = (over: Record<string, unknown> = {}) => ({ username: 'ana', displayName: 'Ana Silva', role: 'agent', passwordHash: HASH, ...over });

describe('gateway config', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.remove());

  it('loads the documented example, whose users verify with the example password', async () => {
    const config = await loadConfig(resolve('config/gateway.example.json'));
    expect(config.users.map((u) => [u.username, u.role])).toEqual([['maria', 'agent'], ['tom', 'supervisor']]);
    for (const u of config.users) expect(await verifyPassword('baton-example', u.passwordHash)).toBe(true);
  });

  it('names the missing file', async () => {
    const path = join(temp.dir, 'nope.json');
    await expect(loadConfig(path)).rejects.toThrow(new ConfigError(`Gateway config file not found: ${path}`));
  });

  it('says when the file is not JSON', async () => {
    const path = join(temp.dir, 'broken.json');
    await writeFile(path, '{ "users": [ ');
    await expect(loadConfig(path)).rejects.toThrow(/is not valid JSON/);
  });

  it.each([
    [{ users: [user({ role: 'admin' })] }, /users\[0\]\.role:/],
    [{ users: [user({ passwordHash: 'hunter2' })] }, /users\[0\]\.passwordHash: not a valid password hash/],
    [{ users: [user(), user({ username: 'ANA' })] }, /users\[1\]\.username: duplicate username "ANA"/],
    [{ users: [user({ username: 'has space' })] }, /users\[0\]\.username: Use letters/],
    [{ users: [user({ displayName: undefined })] }, /users\[0\]\.displayName:/],
    [{ users: [user({ password: 'plain' })] }, /users\[0\]: Unrecognized key.*password/],
    [{ users: [] }, /users: List at least one user/],
    [{ users: [user()], port: 70000 }, /port:/],
    [{ users: [user()], tokenTtlSeconds: 5 }, /tokenTtlSeconds:/],
    [{ user: [user()] }, /users:/],
    [{ users: [user()], wellbeing: { streakLength: -1 } }, /wellbeing\.streakLength: Too small/],
    [{ users: [user()], wellbeing: { veryNegativeAtOrBelow: 0.5 } }, /wellbeing\.veryNegativeAtOrBelow:/],
    [{ users: [user()], wellbeing: { streak: 3 } }, /wellbeing: Unrecognized key.*streak/],
    [[], /\(root\):/],
  ])('rejects %j naming the bad field', (raw, message) => {
    expect(() => parseConfig(raw, 'test.json')).toThrow(ConfigError);
    expect(() => parseConfig(raw, 'test.json')).toThrow(message);
  });

  it('accepts optional settings', () => {
    const config = parseConfig({ users: [user()], tokenTtlSeconds: 600, host: '0.0.0.0', port: 4800 });
    expect(config).toMatchObject({ tokenTtlSeconds: 600, host: '0.0.0.0', port: 4800 });
  });

  it('fills the wellbeing defaults around the fields given, and leaves the section out when absent', () => {
    expect(parseConfig({ users: [user()], wellbeing: { streakLength: 2 } }).wellbeing).toEqual({ streakLength: 2, veryNegativeAtOrBelow: -0.5, breakMinutes: 5 });
    expect(parseConfig({ users: [user()] }).wellbeing).toBeUndefined();
  });
});
