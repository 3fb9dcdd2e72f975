import { describe, expect, it } from 'vitest';
import { hashPassword, parsePasswordHash, verifyPassword } from './password-hash';

const FAST = { N: 1024, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the password it hashed and rejects any other', async () => {
    const stored = await hashPassword('correct horse', FAST);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horse ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('uses the default cost and a fresh salt every time', async () => {
    const a = await hashPassword('same');
    const b = await hashPassword('same');
    expect(a.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same', b)).toBe(true);
  });

  it('refuses to hash an empty password', async () => {
    await expect(hashPassword('')).rejects.toThrow(/empty/);
  });

  it.each([
    ['', /form scrypt/],
    ['plain-text-password', /form scrypt/],
    ['bcrypt$10$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==', /form scrypt/],
    ['scrypt$1000$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==', /power of two/],
    ['scrypt$2097152$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==', /power of two/],
    ['scrypt$1024$0$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==', /r must/],
    ['scrypt$1024$8$99$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==', /p must/],
    ['scrypt$1024$8$1$not base64!$aGFzaGhhc2hoYXNoaGFzaA==', /base64/],
    ['scrypt$1024$8$1$c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==', /salt/],
    ['scrypt$1024$8$1$c2FsdHNhbHQ=$c2hvcnQ=', /hash must/],
    ['scrypt$1024$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==$extra', /form scrypt/],
  ])('rejects the malformed hash %j', async (stored, reason) => {
    const parsed = parsePasswordHash(stored);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    expect(await verifyPassword('anything', stored)).toBe(false);
  });
});
