import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenService } from './tokens';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const key = new TextEncoder().encode(SECRET);

describe('token service', () => {
  it('issues a token that verifies to the same user, role and expiry', async () => {
    const now = new Date('2030-01-01T08:00:00Z');
    const tokens = createTokenService({ secret: SECRET, ttlSeconds: 3600, now: () => now });
    const issued = await tokens.issue({ username: 'ana', role: 'supervisor' });
    expect(issued.expiresAt.toISOString()).toBe('2030-01-01T09:00:00.000Z');
    expect(await tokens.verify(issued.token)).toEqual({
      ok: true,
      claims: { username: 'ana', role: 'supervisor', expiresAt: issued.expiresAt, sid: expect.any(String) as string, issuedAt: now },
    });
  });

  it('gives every login its own session id, and accepts older tokens without one', async () => {
    const tokens = createTokenService({ secret: SECRET });
    const sids = await Promise.all([1, 2].map(async () => {
      const check = await tokens.verify((await tokens.issue({ username: 'ana', role: 'agent' })).token);
      return check.ok ? check.claims.sid : null;
    }));
    expect(sids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sids[1]).not.toBe(sids[0]);
    const legacy = await new SignJWT({ role: 'agent' }).setProtectedHeader({ alg: 'HS256' }).setSubject('ana').setExpirationTime('1h').sign(key);
    expect(await tokens.verify(legacy)).toMatchObject({ ok: true, claims: { sid: null, issuedAt: null } });
    const emptySid = await new SignJWT({ role: 'agent', sid: '' }).setProtectedHeader({ alg: 'HS256' }).setSubject('ana').setExpirationTime('1h').sign(key);
    expect(await tokens.verify(emptySid)).toEqual({ ok: false, code: 'bad-token' });
  });

  it('calls a token expired once its lifetime has passed', async () => {
    let now = new Date('2030-01-01T08:00:00Z');
    const tokens = createTokenService({ secret: SECRET, ttlSeconds: 60, now: () => now });
    const { token } = await tokens.issue({ username: 'ana', role: 'agent' });
    now = new Date('2030-01-01T08:02:00Z');
    expect(await tokens.verify(token)).toEqual({ ok: false, code: 'expired-token' });
  });

  it('refuses tokens signed with another secret, tampered, unsigned or missing claims', async () => {
    const tokens = createTokenService({ secret: SECRET });
    const other = createTokenService({ secret: 'another-secret-of-thirty-two-characters!!' });
    const foreign = (await other.issue({ username: 'ana', role: 'agent' })).token;
    expect(await tokens.verify(foreign)).toEqual({ ok: false, code: 'bad-token' });

    const good = (await tokens.issue({ username: 'ana', role: 'agent' })).token;
    const [header = '', , signature = ''] = good.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'ana', role: 'supervisor', exp: 4102444800 })).toString('base64url');
    expect(await tokens.verify(`${header}.${forgedPayload}.${signature}`)).toEqual({ ok: false, code: 'bad-token' });

    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${forgedPayload}.`;
    expect(await tokens.verify(unsigned)).toEqual({ ok: false, code: 'bad-token' });
    expect(await tokens.verify('not-a-jwt')).toEqual({ ok: false, code: 'bad-token' });

    const noRole = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('ana').setExpirationTime('1h').sign(key);
    expect(await tokens.verify(noRole)).toEqual({ ok: false, code: 'bad-token' });
    const noExpiry = await new SignJWT({ role: 'agent' }).setProtectedHeader({ alg: 'HS256' }).setSubject('ana').sign(key);
    expect(await tokens.verify(noExpiry)).toEqual({ ok: false, code: 'bad-token' });
  });

  it('refuses a short secret and a nonsensical lifetime', () => {
    expect(() => createTokenService({ secret: 'short' })).toThrow(/at least 32/);
    expect(() => createTokenService({ secret: SECRET, ttlSeconds: 0 })).toThrow(/lifetime/);
  });
});
