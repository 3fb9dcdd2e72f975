import { describe, expect, it } from 'vitest';
import { ackSchema, AuthRefusalSchema, clientRequests } from './protocol';

describe('the socket protocol', () => {
  it('parses an acknowledged presence change and refuses a malformed one', () => {
    const schema = ackSchema('presence:set');
    expect(schema.safeParse({ ok: true, value: { state: 'available', since: '2026-11-23T10:00:00.000Z' } }).success).toBe(true);
    expect(schema.safeParse({ ok: true, value: { state: 'asleep', since: 'now' } }).success).toBe(false);
    expect(schema.safeParse({ ok: false, error: { code: 'invalid-request', message: 'state: bad' } }).success).toBe(true);
  });

  it('lets agents request only selectable presence states', () => {
    const request = clientRequests['presence:set'].request;
    expect(request.safeParse({ state: 'lunch' }).success).toBe(true);
    expect(request.safeParse({ state: 'not-responding' }).success).toBe(false);
  });

  it('knows every auth refusal the desktop must explain', () => {
    expect(AuthRefusalSchema.shape.code.options).toEqual(['missing-token', 'bad-token', 'expired-token', 'unknown-user', 'session-replaced']);
  });
});
