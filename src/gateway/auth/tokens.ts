// Session tokens: HS256 JWTs signed with the gateway secret (jose). Issues them at login and checks them
// at the socket handshake; it knows nothing about users beyond the claims it signs.
import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { RoleSchema, type Role } from '../../shared/domain/role';

export const MIN_SECRET_LENGTH = 32;
export const DEFAULT_TOKEN_TTL_SECONDS = 8 * 60 * 60;
const ALGORITHM = 'HS256';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export interface TokenClaims {
  username: string;
  role: Role;
  expiresAt: Date;
  /** The desktop session this login started: a newer login of the same user takes over from it. Null in
   * tokens signed before session ids existed: those take part in no takeover. */
  sid: string | null;
  issuedAt: Date | null;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; code: 'bad-token' | 'expired-token' };

export interface TokenService {
  issue(user: { username: string; role: Role }): Promise<IssuedToken>;
  verify(token: string): Promise<TokenCheck>;
}

export interface TokenServiceOptions {
  secret: string;
  ttlSeconds?: number;
  now?: () => Date;
}

export function createTokenService({ secret, ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS, now = () => new Date() }: TokenServiceOptions): TokenService {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`The token secret must have at least ${MIN_SECRET_LENGTH} characters`);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new Error('The token lifetime must be a positive whole number of seconds');
  const key = new TextEncoder().encode(secret);

  return {
    async issue({ username, role }) {
      const issuedAt = Math.floor(now().getTime() / 1000);
      const exp = issuedAt + ttlSeconds;
      const token = await new SignJWT({ role, sid: randomUUID() })
        .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
        .setSubject(username)
        .setIssuedAt(issuedAt)
        .setExpirationTime(exp)
        .sign(key);
      return { token, expiresAt: new Date(exp * 1000) };
    },

    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          requiredClaims: ['sub', 'exp'],
          currentDate: now(),
        });
        const role = RoleSchema.safeParse(payload.role);
        const { sub, exp, iat, sid } = payload;
        if (typeof sub !== 'string' || !role.success || typeof exp !== 'number' || (sid !== undefined && (typeof sid !== 'string' || sid === ''))) {
          return { ok: false, code: 'bad-token' };
        }
        const claims = { username: sub, role: role.data, expiresAt: new Date(exp * 1000), sid: sid ?? null, issuedAt: typeof iat === 'number' ? new Date(iat * 1000) : null };
        return { ok: true, claims };
      } catch (error) {
        return { ok: false, code: error instanceof errors.JWTExpired ? 'expired-token' : 'bad-token' };
      }
    },
  };
}
