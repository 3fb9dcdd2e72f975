// Admits a socket only with a valid, unexpired token for a user still in the config. A refusal reaches the
// desktop as `connect_error` with `data: AuthRefusal`, so it can tell "sign in again" from "retry later".
import type { ExtendedError } from 'socket.io';
import { HandshakeAuthSchema, type AuthRefusal, type AuthRefusalCode } from '../../shared/contract/protocol';
import type { Logger } from '../../shared/log';
import type { TokenService } from '../auth/tokens';
import type { UserDirectory } from '../auth/user-directory';
import type { GatewaySocket, SocketData } from './socket-types';

const REFUSAL_MESSAGES: Readonly<Record<AuthRefusalCode, string>> = {
  'missing-token': 'No session token was sent; sign in first',
  'bad-token': 'The session token is not valid for this gateway; sign in again',
  'expired-token': 'Your session has expired; sign in again',
  'unknown-user': 'This user is no longer allowed on this gateway',
};

export function authRefusal(code: AuthRefusalCode): ExtendedError {
  const data: AuthRefusal = { code, message: REFUSAL_MESSAGES[code] };
  const error: ExtendedError = new Error(data.message);
  error.data = data;
  return error;
}

async function admit(auth: unknown, tokens: TokenService, users: UserDirectory): Promise<SocketData | AuthRefusalCode> {
  const parsed = HandshakeAuthSchema.safeParse(auth);
  if (!parsed.success) return 'missing-token';
  const check = await tokens.verify(parsed.data.token);
  if (!check.ok) return check.code;
  const user = users.find(check.claims.username);
  if (!user) return 'unknown-user';
  // The config is authoritative: a role changed since login applies on the next connection.
  return { username: user.username, displayName: user.displayName, role: user.role };
}

export function createAuthMiddleware({ tokens, users, log }: { tokens: TokenService; users: UserDirectory; log: Logger }) {
  return (socket: GatewaySocket, next: (error?: ExtendedError) => void): void => {
    admit(socket.handshake.auth, tokens, users).then(
      (outcome) => {
        if (typeof outcome === 'string') {
          log.warn('socket refused', { code: outcome, address: socket.handshake.address });
          next(authRefusal(outcome));
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
