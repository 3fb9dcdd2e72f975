import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../../shared/log';
import { createConfLikeFile } from '../cache/conf-like-file';
import { createRecordingLogger } from '../testing/recording-logger';
import { draftStoreKey, openDraftStore } from './draft-store';

const agent1 = { username: 'agent1', gatewayUrl: 'http://127.0.0.1:7400' };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-drafts-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const filePath = () => path.join(dir, 'wrapup-drafts.json');

function confFile(log: Logger) {
  return createConfLikeFile({
    path: filePath(),
    open: () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'wrapup-drafts', projectName: 'baton', clearInvalidConfig: false, accessPropertiesByDotNotation: false }),
    log,
  });
}

function open(scope = agent1, log = createRecordingLogger()) {
  return { store: openDraftStore({ file: confFile(log), scope, log }), log };
}

describe('openDraftStore', () => {
  it('round-trips a draft through the file into a new store', () => {
    const { store } = open();
    const saved = store.save({ conversationId: 'c1', disposition: 'resolved', notes: 'Refund issued.' });
    store.dispose();
    const { store: again } = open();
    expect(again.get('c1')).toEqual(saved);
    expect(again.get('c2')).toBeNull();
    again.dispose();
  });

  it('makes the idempotency key on the first save and keeps it across saves and restarts', () => {
    const { store } = open();
    const first = store.save({ conversationId: 'c1', disposition: null, notes: '' });
    const second = store.save({ conversationId: 'c1', disposition: 'resolved', notes: 'Done' });
    expect(first.idempotencyKey.length).toBeGreaterThanOrEqual(8);
    expect(second.idempotencyKey).toBe(first.idempotencyKey);
    expect(store.save({ conversationId: 'c2', disposition: null, notes: '' }).idempotencyKey).not.toBe(first.idempotencyKey);
    store.dispose();
    const { store: again } = open();
    expect(again.save({ conversationId: 'c1', disposition: 'resolved', notes: 'Done!' }).idempotencyKey).toBe(first.idempotencyKey);
    again.dispose();
  });

  it('writes a save to disk promptly, without waiting for dispose', async () => {
    const { store } = open();
    store.save({ conversationId: 'c1', disposition: 'resolved', notes: 'half typed' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const onDisk = JSON.parse(await readFile(filePath(), 'utf8')) as Record<string, { drafts: Record<string, { notes: string }> }>;
    expect(onDisk[draftStoreKey(agent1)]?.drafts['c1']?.notes).toBe('half typed');
    store.dispose();
  });

  it('removes a draft, and the removal survives a restart', () => {
    const { store } = open();
    const first = store.save({ conversationId: 'c1', disposition: 'resolved', notes: '' });
    store.remove('c1');
    expect(store.get('c1')).toBeNull();
    store.dispose();
    const { store: again } = open();
    expect(again.get('c1')).toBeNull();
    expect(again.save({ conversationId: 'c1', disposition: null, notes: '' }).idempotencyKey).not.toBe(first.idempotencyKey);
    again.dispose();
  });

  it('keeps each user scope to itself', () => {
    const { store } = open();
    store.save({ conversationId: 'c1', disposition: 'resolved', notes: 'mine' });
    store.dispose();
    const { store: other } = open({ username: 'agent2', gatewayUrl: agent1.gatewayUrl });
    expect(other.get('c1')).toBeNull();
    other.dispose();
    const { store: otherGateway } = open({ username: 'agent1', gatewayUrl: 'http://127.0.0.1:7401' });
    expect(otherGateway.get('c1')).toBeNull();
    otherGateway.dispose();
  });

  it('starts empty with a warning when the file is garbage, and the next save starts a fresh file', async () => {
    await writeFile(filePath(), '\u0000 not json {{{');
    const { store, log } = open();
    expect(store.get('c1')).toBeNull();
    expect(log.at('warn').map((e) => e.message)).toContain('wrap-up drafts: file unreadable; starting with no drafts');
    store.save({ conversationId: 'c1', disposition: null, notes: 'fresh' });
    store.dispose();
    expect(open().store.get('c1')?.notes).toBe('fresh');
  });

  it('drops invalid drafts with a warning and keeps the valid ones', async () => {
    const valid = { conversationId: 'c1', disposition: null, notes: '', idempotencyKey: 'key-12345678', updatedAt: '2025-05-01T10:00:00.000Z' };
    const data = { [draftStoreKey(agent1)]: { version: 1, drafts: { c1: valid, c2: { conversationId: 'c2', notes: 42 }, c3: { ...valid } } } };
    await writeFile(filePath(), JSON.stringify(data));
    const { store, log } = open();
    expect(store.get('c1')).toEqual(valid);
    expect(store.get('c2')).toBeNull();
    expect(store.get('c3')).toBeNull();
    expect(log.at('warn').filter((e) => e.message === 'wrap-up drafts: dropped an invalid draft')).toHaveLength(2);
    store.dispose();
  });

  it('refuses a draft the schema rejects, with a readable error', () => {
    const { store } = open();
    expect(() => store.save({ conversationId: 'c1', disposition: null, notes: 'x'.repeat(5001) })).toThrow(/5,000 characters/);
    store.dispose();
  });
});
