// Who is calling the HTTP API: the bot key (compared in constant time) or a signed-in user's token.
// Throws HttpProblem 401/403 with a sentence saying what to send; never reveals the key itself.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { TokenService } from '../auth/tokens';
import type { UserDirectory } from '../auth/user-directory';
import { HttpProblem } from './http-problem';

const CHALLENGE = { 'www-authenticate': 'Bearer realm="baton"' };

export function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/** Hashing first gives equal-length buffers, so neither the key nor its length leaks through timing. */
export function createKeyMatcher(botKey: string | null): (presented: string) => boolean {
  if (botKey === null) return () => false;
  const expected = createHash('sha256').update(botKey).digest();
  return (presented) => timingSafeEqual(createHash('sha256').update(presented).digest(), expected);
}

export interface CallerAuth {
  botKey: string | null;
  tokens: TokenService;
  users: UserDirectory;
}

/** For endpoints only bots call. */
export function requireBotKey(req: IncomingMessage, botKey: string | null, matches: (presented: string) => boolean): void {
  if (botKey === null) throw new HttpProblem(401, 'This gateway has no bot key configured (set BATON_BOT_KEY), so it accepts no handoffs', { headers: CHALLENGE });
  const presented = bearerToken(req);
  if (presented === null) throw new HttpProblem(401, 'Send the bot key as "Authorization: Bearer <key>"', { headers: CHALLENGE });
  if (!matches(presented)) throw new HttpProblem(401, 'The bot key is not valid for this gateway', { headers: CHALLENGE });
}

/** For read endpoints open to bots and supervisors: agents see conversations through their desktop. */
export async function requireBotOrSupervisor(req: IncomingMessage, auth: CallerAuth, matches: (presented: string) => boolean): Promise<'bot' | 'supervisor'> {
  const presented = bearerToken(req);
  if (presented === null) {
    throw new HttpProblem(401, 'Send the bot key or a supervisor\'s session token as "Authorization: Bearer <token>"', { headers: CHALLENGE });
  }
  if (matches(presented)) return 'bot';
  const check = await auth.tokens.verify(presented);
  if (!check.ok) {
    const message = check.code === 'expired-token' ? 'The session token has expired; sign in again' : 'Neither the bot key nor a valid session token';
    throw new HttpProblem(401, message, { headers: CHALLENGE });
  }
  const user = auth.users.find(check.claims.username);
  if (!user) throw new HttpProblem(401, 'This user is no longer allowed on this gateway', { headers: CHALLENGE });
  if (user.role !== 'supervisor') throw new HttpProblem(403, 'Only supervisors and bots may read conversations over HTTP');
  return 'supervisor';
}
