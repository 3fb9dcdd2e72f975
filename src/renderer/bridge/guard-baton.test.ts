// The Electron-side wrapper: payloads from window.baton reach listeners only when they match.
import { describe, expect, it } from 'vitest';
import { createFakeBaton } from '../test/fake-baton';
import { guardBaton } from './guard-baton';

describe('guardBaton', () => {
  it('drops events that do not match the contract and passes the rest', () => {
    const inner = createFakeBaton();
    const warnings: string[] = [];
    const guarded = guardBaton(inner, (m) => warnings.push(m));
    const seen: unknown[] = [];
    guarded.on('presence:changed', (p) => seen.push(p));
    const valid = { state: 'busy', since: '2030-01-01T00:00:00.000Z' } as const;
    inner.emit('presence:changed', valid);
    inner.emit('presence:changed', { state: 'asleep', since: 'now' } as never);
    expect(seen).toEqual([valid]);
    expect(warnings).toEqual(['Bridge: ignored an invalid presence:changed event']);
  });

  it('turns a malformed answer into an internal error', async () => {
    const inner = createFakeBaton({ 'presence:get': () => ({ ok: true, value: { state: 'asleep' } as never }) });
    const result = await guardBaton(inner).invoke('presence:get');
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await guardBaton(inner).invoke('session:get')).toEqual({ ok: true, value: null });
  });
});
