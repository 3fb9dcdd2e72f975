// Frame encoding/decoding and the contract checks on host answers and events.
import { describe, expect, it } from 'vitest';
import { InvokeFrameSchema } from '../../shared/contract/bridge-wire';
import { decodeHostFrame, encodeInvoke, parseEvent, parseInvokeResult } from './wire';

describe('wire', () => {
  it('encodes invoke frames the host schema accepts, omitting an absent request', () => {
    const bare = JSON.parse(encodeInvoke(7, 'app:get-info', undefined)) as unknown;
    expect(bare).toEqual({ kind: 'invoke', id: 7, channel: 'app:get-info' });
    expect(InvokeFrameSchema.safeParse(bare).success).toBe(true);
    expect(JSON.parse(encodeInvoke(8, 'presence:set', { state: 'busy' }))).toEqual({
      kind: 'invoke',
      id: 8,
      channel: 'presence:set',
      request: { state: 'busy' },
    });
  });

  it('decodes host frames and rejects anything else', () => {
    expect(decodeHostFrame('{"kind":"event","channel":"x","payload":1}')).toEqual({ kind: 'event', channel: 'x', payload: 1 });
    expect(decodeHostFrame('{"kind":"result","id":1,"result":{"ok":false,"error":{"code":"internal","message":"m"}}}')).toMatchObject({ id: 1 });
    for (const bad of ['nope', '{"kind":"result","id":-1,"result":{"ok":true}}', '{"kind":"other"}', '{"kind":"result","id":1,"result":{"ok":false,"error":{"code":"made-up","message":""}}}', 42, null]) {
      expect(decodeHostFrame(bad)).toBeNull();
    }
  });

  it('checks event payloads against the contract', () => {
    expect(parseEvent('session:changed', null)).toEqual({ channel: 'session:changed', payload: null });
    expect(parseEvent('presence:changed', { state: 'busy', since: 'yesterday' })).toBeNull();
    expect(parseEvent('toString', {})).toBeNull();
  });

  it('checks results against the channel response schema', () => {
    expect(parseInvokeResult('session:log-out', { ok: true, value: null })).toEqual({ ok: true, value: null });
    expect(parseInvokeResult('session:log-out', { ok: true, value: 'x' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    const failure = { ok: false as const, error: { code: 'bad-credentials' as const, message: 'Wrong username or password' } };
    expect(parseInvokeResult('session:log-in', failure)).toEqual(failure);
  });
});
