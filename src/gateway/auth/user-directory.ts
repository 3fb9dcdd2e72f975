// Who may log in: looks users up by name (case-insensitively) and checks passwords in constant time.
// An unknown user costs the same scrypt work as a wrong password, so timing does not reveal usernames.
import type { UserConfig } from '../config/config-schema';
import { verifyPassword } from './password-hash';

// A well-formed hash of a random, discarded password: verified against when the username is unknown.
const DECOY_HASH = 'scrypt$16384$8$1$sbT26SisrRLTgxOy1wnqaQ==$AWphscPg66Ynil9+iIZAQuTYRYaZKMfFOXUTONsy+U0=';

export interface UserDirectory {
  find(username: string): UserConfig | undefined;
  authenticate(username: string, password: string): Promise<UserConfig | null>;
  usernames(): string[];
}

export function createUserDirectory(users: readonly UserConfig[]): UserDirectory {
  const byName = new Map(users.map((user) => [user.username.toLowerCase(), user]));
  const find = (username: string): UserConfig | undefined => byName.get(username.toLowerCase());
  return {
    find,
    async authenticate(username, password) {
      const user = find(username);
      const matches = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
      return user && matches ? user : null;
    },
    usernames: () => users.map((user) => user.username),
  };
}
