// Builds what a supervisor sees of one agent (presence, load, wellbeing streak) from GatewayState and the
// configured users. Reads only; who may see it is the socket layer's role guard's decision.
import type { AgentStatus } from '../../shared/domain/team';
import type { UserDirectory } from '../auth/user-directory';
import { HELD_STATUSES } from '../routing/route-pass';
import type { GatewayState } from '../state/gateway-state';

export interface TeamDeps {
  state: GatewayState;
  users: UserDirectory;
}

/** The agent's status; null for unknown users and supervisors (the team view lists agents only). */
export async function agentStatus({ state, users }: TeamDeps, username: string): Promise<AgentStatus | null> {
  const user = users.find(username);
  if (user?.role !== 'agent') return null;
  const [presence, sessions, held, negativeStreak] = await Promise.all([
    state.getPresence(user.username),
    state.listSessions(user.username),
    state.listConversations({ assignedTo: user.username, status: HELD_STATUSES }),
    state.getNegativeStreak(user.username),
  ]);
  return {
    username: user.username,
    displayName: user.displayName,
    presence,
    online: sessions.length > 0,
    conversations: held.length,
    capacity: user.capacity,
    negativeStreak,
  };
}

/** Every configured agent, in config order. */
export async function teamStatus(deps: TeamDeps): Promise<AgentStatus[]> {
  const all = await Promise.all(deps.users.usernames().map((name) => agentStatus(deps, name)));
  return all.filter((status): status is AgentStatus => status !== null);
}
