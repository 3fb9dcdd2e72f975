// The seeded users of demo mode: five agents (with the skills of demo-routing.ts) and one supervisor
// sharing one password. Demo only; a real deployment lists its users in the config file.
import { hashPassword } from '../auth/password-hash';
import { DEFAULT_CAPACITY, type UserConfig } from './config-schema';
import { DEMO_SKILLS } from './demo-routing';

export const DEFAULT_DEMO_PASSWORD = 'baton-demo';

const DEMO_PEOPLE: ReadonlyArray<Omit<UserConfig, 'passwordHash' | 'skills' | 'capacity'>> = [
  { username: 'agent1', displayName: 'Alex Morgan', role: 'agent' },
  { username: 'agent2', displayName: 'Priya Shah', role: 'agent' },
  { username: 'agent3', displayName: 'Sam Okafor', role: 'agent' },
  { username: 'agent4', displayName: 'Lena Fischer', role: 'agent' },
  { username: 'agent5', displayName: 'Diego Ramos', role: 'agent' },
  { username: 'supervisor1', displayName: 'Jordan Lee', role: 'supervisor' },
];

/** One hash shared by all demo users: they share the password, and scrypt is deliberately slow. */
export async function createDemoUsers(password: string): Promise<UserConfig[]> {
  const passwordHash = await hashPassword(password);
  return DEMO_PEOPLE.map((person) => ({ ...person, passwordHash, skills: [...(DEMO_SKILLS[person.username] ?? [])], capacity: DEFAULT_CAPACITY }));
}
