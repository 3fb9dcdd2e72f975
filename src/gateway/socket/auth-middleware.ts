// Admits a socket only with a valid, unexpired token for a user still in the config, whose login no newer
// login of the same user has replaced (it claims the desktop session id). A refusal reaches the
// desktop as `connect_error` with `data: AuthRefusal`, so it can tell "sign in again" from "retry later".
import type { ExtendedError } from 'socket.io';
import { HandshakeAuthSchema, type AuthRefusal, type AuthRefusalCode } from '../../shared/contract/protocol';
import type { Logger } from '../../shared/log';
import type { TokenService } from '../auth/tokens';
import type { UserDirectory } from '../auth/user-directory';
import type { GatewayState } from '../state/gateway-state';
import type { GatewaySocket, SocketData } from './socket-types';
import { takeoverReason } from './takeover';

const REFUSAL_MESSAGES: Readonly<Record<AuthRefusalCode, string>> = {
  'missing-token': 'No session token was sent; sign in first',
  'bad-token': 'The session token is not valid for this gateway; sign in again',
  'expired-token': 'Your session has expired; sign in again',
  'unknown-user': 'This user is no longer allowed on this gateway',
  'session-replaced': 'You signed in on another desktop',
};

export function authRefusal(code: AuthRefusalCode, message = REFUSAL_MESSAGES[code]): ExtendedError {
  const data: AuthRefusal = { code, message };
  const error: ExtendedError = new Error(data.message);
  error.data = data;
  return error;
}

interface AdmitDeps {
  tokens: TokenService;
  users: UserDirectory;
  state: GatewayState;
  now: () => Date;
}

type Refused = AuthRefusalCode | { code: AuthRefusalCode; message: string };

async function admit(auth: unknown, { tokens, users, state, now }: AdmitDeps): Promise<SocketData | Refused> {
  const parsed = HandshakeAuthSchema.safeParse(auth);
  if (!parsed.success) return 'missing-token';
  const check = await tokens.verify(parsed.data.token);
  if (!check.ok) return check.code;
  const user = users.find(check.claims.username);
  if (!user) return 'unknown-user';
  const { sid, issuedAt } = check.claims;
  const desktop = sid === null ? null : { sid, issuedAt: (issuedAt ?? new Date(0)).toISOString() };
  let replacedSid: string | null = null;
  if (desktop) {
    const claim = await state.claimDesktopSession(user.username, { ...desktop, at: now().toISOString() });
    if (claim.status === 'replaced') return { code: 'session-replaced', message: takeoverReason(new Date(claim.replacedAt)) };
    if (claim.status === 'took-over') replacedSid = claim.replacedSid;
  }
  // The config is authoritative: a role changed since login applies on the next connection.
  return { username: user.username, displayName: user.displayName, role: user.role, desktop, replacedSid };
}

export function createAuthMiddleware({ log, ...deps }: AdmitDeps & { log: Logger }) {
  return (socket: GatewaySocket, next: (error?: ExtendedError) => void): void => {
    admit(socket.handshake.auth, deps).then(
      (outcome) => {
        if (typeof outcome === 'string' || 'code' in outcome) {
          const refusal = typeof outcome === 'string' ? { code: outcome, message: REFUSAL_MESSAGES[outcome] } : outcome;
          log.warn('socket refused', { code: refusal.code, address: socket.handshake.address });
          next(authRefusal(refusal.code, refusal.message));
          return;
        }
        socket.data = outcome;
        next();
      },
      (error: unknown) => {
        log.error('socket auth failed', { error });
        next(authRefusal('bad-token'));
      },
    );
  };
}
