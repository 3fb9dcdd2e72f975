// Password hashing for the gateway's user file: scrypt via node:crypto in a self-describing format
// `scrypt$N$r$p$saltB64$hashB64`. Verification never throws; a malformed hash simply does not match.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export interface ParsedPasswordHash extends ScryptParams {
  salt: Buffer;
  hash: Buffer;
}

export const DEFAULT_SCRYPT_PARAMS: Readonly<ScryptParams> = { N: 16384, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Bounds stop a hostile or mistyped config from asking scrypt for gigabytes of memory per login.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function deriveKey(password: string, salt: Buffer, keyLength: number, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function parseIntField(text: string | undefined): number | null {
  if (text === undefined || !/^[1-9][0-9]{0,9}$/.test(text)) return null;
  return Number(text);
}

/** Parses a stored hash, or explains in one sentence why it is not one. */
export function parsePasswordHash(text: string): { ok: true; value: ParsedPasswordHash } | { ok: false; reason: string } {
  const parts = text.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') {
    return { ok: false, reason: 'expected the form scrypt$N$r$p$salt$hash (run `npm run gateway -- hash-password`)' };
  }
  const [, nText, rText, pText, saltText = '', hashText = ''] = parts;
  const N = parseIntField(nText);
  const r = parseIntField(rText);
  const p = parseIntField(pText);
  if (N === null || N < 2 || N > MAX_N || (N & (N - 1)) !== 0) return { ok: false, reason: `N must be a power of two up to ${MAX_N}` };
  if (r === null || r > MAX_R) return { ok: false, reason: `r must be between 1 and ${MAX_R}` };
  if (p === null || p > MAX_P) return { ok: false, reason: `p must be between 1 and ${MAX_P}` };
  if (!BASE64.test(saltText) || !BASE64.test(hashText)) return { ok: false, reason: 'salt and hash must be base64' };
  const salt = Buffer.from(saltText, 'base64');
  const hash = Buffer.from(hashText, 'base64');
  if (salt.length < 8) return { ok: false, reason: 'the salt must be at least 8 bytes' };
  if (hash.length < 16 || hash.length > 128) return { ok: false, reason: 'the hash must be 16 to 128 bytes' };
  return { ok: true, value: { N, r, p, salt, hash } };
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<string> {
  if (password.length === 0) throw new Error('A password cannot be empty');
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, KEY_BYTES, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True only when `password` produces `stored`. Malformed hashes and scrypt failures count as a mismatch. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed.ok) return false;
  const { salt, hash, ...params } = parsed.value;
  try {
    const key = await deriveKey(password, salt, hash.length, params);
    return timingSafeEqual(key, hash);
  } catch {
    return false;
  }
}
