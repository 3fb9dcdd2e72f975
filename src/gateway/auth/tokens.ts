// Session tokens: HS256 JWTs signed with the gateway secret (jose). Issues them at login and checks them
// at the socket handshake; it knows nothing about users beyond the claims it signs.
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
      const token = await new SignJWT({ role })
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
        if (typeof payload.sub !== 'string' || !role.success || typeof payload.exp !== 'number') {
          return { ok: false, code: 'bad-token' };
        }
        return { ok: true, claims: { username: payload.sub, role: role.data, expiresAt: new Date(payload.exp * 1000) } };
      } catch (error) {
        return { ok: false, code: error instanceof errors.JWTExpired ? 'expired-token' : 'bad-token' };
      }
    },
  };
}
