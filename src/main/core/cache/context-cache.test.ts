import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../shared/log';
import type { KeyValueFile } from '../ports';
import { createRecordingLogger } from '../testing/recording-logger';
import { assignedConversation } from '../testing/work-fixtures';
import { createConfLikeFile } from './conf-like-file';
import { contextCacheKey, openContextCache, type ContextCacheLimits } from './context-cache';

let dir: string;
const agent1 = { username: 'agent1', gatewayUrl: 'http://127.0.0.1:7400' };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-cache-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

const filePath = () => path.join(dir, 'context-cache.json');

/** The real file, through conf, with a count of the writes that reached it. */
function realFile(log: Logger = createRecordingLogger()): KeyValueFile & { writes: number } {
  const file = createConfLikeFile({
    path: filePath(),
    open: () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'context-cache', projectName: 'baton', clearInvalidConfig: false, accessPropertiesByDotNotation: false }),
    log,
  });
  const counted = {
    writes: 0,
    location: file.location,
    read: (key: string) => file.read(key),
    write: (key: string, value: unknown) => {
      counted.writes += 1;
      file.write(key, value);
    },
  };
  return counted;
}

function open(options: { scope?: typeof agent1; limits?: Partial<ContextCacheLimits>; log?: ReturnType<typeof createRecordingLogger> } = {}) {
  const log = options.log ?? createRecordingLogger();
  const file = realFile(log);
  const cache = openContextCache({ file, scope: options.scope ?? agent1, log, ...(options.limits ? { limits: options.limits } : {}) });
  return { cache, file, log };
}

const ids = (list: { conversation: { conversationId: string } }[]) => list.map((c) => c.conversation.conversationId);

describe('openContextCache', () => {
  it('keeps conversations across a restart, most recently used first', () => {
    const first = open();
    first.cache.put(assignedConversation('c1'));
    first.cache.put(assignedConversation('c2'));
    first.cache.dispose();
    const again = open();
    expect(ids(again.cache.load())).toEqual(['c2', 'c1']);
    expect(again.cache.load()[0]).toEqual(assignedConversation('c2'));
  });

  it('scopes the data per user and per gateway', () => {
    const first = open();
    first.cache.put(assignedConversation('c1'));
    first.cache.dispose();
    expect(open({ scope: { username: 'agent2', gatewayUrl: agent1.gatewayUrl } }).cache.load()).toEqual([]);
    expect(open({ scope: { username: 'agent1', gatewayUrl: 'http://127.0.0.1:7401' } }).cache.load()).toEqual([]);
    expect(ids(open({ scope: { username: 'agent1', gatewayUrl: 'http://127.0.0.1:7400/some/path' } }).cache.load())).toEqual(['c1']);
  });

  it('keeps at most maxConversations, evicting the least recently used first', () => {
    const { cache } = open({ limits: { maxConversations: 3 } });
    for (const id of ['c1', 'c2', 'c3']) cache.put(assignedConversation(id));
    cache.put(assignedConversation('c1'));
    cache.put(assignedConversation('c4'));
    cache.dispose();
    expect(ids(open().cache.load())).toEqual(['c4', 'c1', 'c3']);
  });

  it('keeps within the byte budget and never caches a conversation larger than the budget', () => {
    const size = Buffer.byteLength(JSON.stringify(assignedConversation('c1', { padding: 2000 })));
    const log = createRecordingLogger();
    const { cache } = open({ limits: { maxBytes: size * 2 + 10 }, log });
    for (const id of ['c1', 'c2', 'c3']) cache.put(assignedConversation(id, { padding: 2000 }));
    cache.put(assignedConversation('huge', { padding: size * 3 }));
    cache.dispose();
    expect(ids(open().cache.load())).toEqual(['c3', 'c2']);
    expect(log.at('warn').map((e) => e.message)).toContain('context cache: conversation larger than the cache budget; not cached');
  });

  it('coalesces many changes into one write after the delay', () => {
    vi.useFakeTimers();
    const { cache, file } = open({ limits: { writeDelayMs: 250 } });
    for (let i = 0; i < 50; i += 1) cache.put(assignedConversation(`c${i}`));
    expect(file.writes).toBe(0);
    expect(existsSync(filePath())).toBe(false);
    vi.advanceTimersByTime(249);
    expect(file.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(file.writes).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(file.writes).toBe(1);
    vi.useRealTimers();
    expect(open().cache.load()).toHaveLength(50);
  });

  it('writes pending changes on dispose and nothing after it', () => {
    vi.useFakeTimers();
    const { cache, file } = open();
    cache.put(assignedConversation('c1'));
    cache.dispose();
    expect(file.writes).toBe(1);
    cache.put(assignedConversation('c2'));
    vi.advanceTimersByTime(10_000);
    expect(file.writes).toBe(1);
    vi.useRealTimers();
    expect(ids(open().cache.load())).toEqual(['c1']);
  });

  it('starts empty on a file that is not JSON, warns, and rebuilds a valid file (the damaged one set aside)', async () => {
    await writeFile(filePath(), '{ this is not json \u0000');
    const log = createRecordingLogger();
    const { cache } = open({ log });
    expect(cache.load()).toEqual([]);
    expect(log.at('warn').map((e) => e.message)).toContain('context cache: file unreadable; starting empty until the gateway snapshot refills it');
    cache.replaceAll([assignedConversation('c9')]);
    cache.dispose();
    expect(await readFile(`${filePath()}.corrupt`, 'utf8')).toContain('this is not json');
    expect(JSON.parse(await readFile(filePath(), 'utf8'))).toHaveProperty([contextCacheKey(agent1)]);
    expect(ids(open().cache.load())).toEqual(['c9']);
  });

  it('drops cached entries that fail the schema, with a log line each, and keeps the valid ones', async () => {
    const valid = assignedConversation('ok');
    const invalid = { ...assignedConversation('bad'), conversation: { conversationId: 'bad', status: 'exploded' } };
    await writeFile(filePath(), JSON.stringify({ [contextCacheKey(agent1)]: { version: 1, conversations: [invalid, valid, 'junk'] } }));
    const log = createRecordingLogger();
    const { cache } = open({ log });
    expect(ids(cache.load())).toEqual(['ok']);
    expect(log.at('warn').filter((e) => e.message === 'context cache: dropped an invalid cached conversation')).toHaveLength(2);
    cache.dispose();
    const stored = JSON.parse(await readFile(filePath(), 'utf8')) as Record<string, { conversations: unknown[] }>;
    expect(stored[contextCacheKey(agent1)]?.conversations).toHaveLength(1);
  });

  it('ignores data of an unknown shape under its key, with a warning', async () => {
    await writeFile(filePath(), JSON.stringify({ [contextCacheKey(agent1)]: { version: 7, stuff: true } }));
    const log = createRecordingLogger();
    expect(open({ log }).cache.load()).toEqual([]);
    expect(log.at('warn')).toHaveLength(1);
  });

  it('replaceAll keeps only the given conversations, with the recency of those it had', () => {
    const { cache } = open();
    for (const id of ['c1', 'c2', 'c3']) cache.put(assignedConversation(id));
    cache.replaceAll([assignedConversation('c4'), assignedConversation('c3'), assignedConversation('c1')]);
    cache.remove('c3');
    cache.dispose();
    expect(ids(open().cache.load())).toEqual(['c4', 'c1']);
  });
});
