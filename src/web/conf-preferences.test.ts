import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../main/core/testing/recording-logger';
import { createConfPreferences } from './conf-preferences';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'baton-prefs-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('createConfPreferences', () => {
  it('persists the last login in the data dir and reads it back in a new store', async () => {
    const log = createRecordingLogger();
    createConfPreferences({ dataDir, log }).update({ lastLogin: { gatewayUrl: 'http://127.0.0.1:7400', username: 'agent2' } });
    const onDisk: unknown = JSON.parse(await readFile(path.join(dataDir, 'preferences.json'), 'utf8'));
    expect(onDisk).toEqual({ lastLogin: { gatewayUrl: 'http://127.0.0.1:7400', username: 'agent2' } });
    expect(createConfPreferences({ dataDir, log }).get()).toEqual({ lastLogin: { gatewayUrl: 'http://127.0.0.1:7400', username: 'agent2' } });
  });

  it('treats data that breaks the schema as empty, logs it, and refuses to write invalid values', async () => {
    await writeFile(path.join(dataDir, 'preferences.json'), JSON.stringify({ lastLogin: { gatewayUrl: 'javascript:alert(1)', username: 'x' } }));
    const log = createRecordingLogger();
    const prefs = createConfPreferences({ dataDir, log });
    expect(prefs.get()).toEqual({});
    expect(log.at('warn')).toHaveLength(1);
    expect(() => prefs.update({ lastLogin: { gatewayUrl: 'ftp://x', username: 'a' } })).toThrow();
    prefs.update({ lastLogin: { gatewayUrl: 'http://gw.example', username: 'a' } });
    expect(prefs.get()).toEqual({ lastLogin: { gatewayUrl: 'http://gw.example', username: 'a' } });
  });

  it('survives a file that is not JSON', async () => {
    await writeFile(path.join(dataDir, 'preferences.json'), '{ not json');
    expect(createConfPreferences({ dataDir, log: createRecordingLogger() }).get()).toEqual({});
  });
});
