// POST /v1/auth/login: trades a username and password for a signed session token.
// Unknown users and wrong passwords get the same answer, so the API does not reveal who exists.
import { LoginRequestSchema, type LoginResponse } from '../../shared/contract/http';
import type { Logger } from '../../shared/log';
import type { TokenService } from '../auth/tokens';
import type { UserDirectory } from '../auth/user-directory';
import { HttpProblem } from './http-problem';
import type { Route } from './router';

export const BAD_CREDENTIALS_MESSAGE = 'Wrong username or password';

export function loginRoute({ users, tokens, log }: { users: UserDirectory; tokens: TokenService; log: Logger }): Route {
  return {
    method: 'POST',
    path: '/v1/auth/login',
    handler: async (ctx) => {
      const { username, password } = await ctx.readJson(LoginRequestSchema);
      const user = await users.authenticate(username, password);
      if (!user) {
        log.warn('login refused', { username });
        throw new HttpProblem(401, BAD_CREDENTIALS_MESSAGE);
      }
      const { token, expiresAt } = await tokens.issue(user);
      log.info('login', { username: user.username, role: user.role });
      const body: LoginResponse = { token, role: user.role, displayName: user.displayName, expiresAt: expiresAt.toISOString() };
      return { status: 200, body };
    },
  };
}
