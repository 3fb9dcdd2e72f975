// The wallboard's Agents panel body: one row per agent with presence and time in state, open
// conversations against capacity, and a "Hard run" marker (icon and words, never colour alone) once
// two or more very negative contacts came in a row.
import { useStore } from 'zustand';
import { PRESENCE_LABELS } from '../../../shared/domain/presence';
import { useServices } from '../../app/services';
import { EmptyState } from '../../ui/EmptyState';
import { IconFaceSad, IconUsers } from '../../ui/icons';
import { StatusDot } from '../../ui/StatusDot';
import { ElapsedClock } from '../presence/ElapsedClock';
import { PRESENCE_TONE } from '../presence/presence-tone';
import { selectAgent, selectTeamError, selectTeamLoad, selectTeamOrder } from './team.store';
import { useTeamList } from './use-team-list';

/** From this many very negative contacts in a row, the supervisor's eye is drawn to the agent. */
export const HARD_RUN_FROM = 2;

const COLUMNS = ['Agent', 'Presence', 'Conversations', 'Wellbeing'] as const;

function AgentRow({ username }: { username: string }) {
  const { stores } = useServices();
  const agent = useStore(stores.team, selectAgent(username));
  if (!agent) return null;
  const label = PRESENCE_LABELS[agent.presence.state];
  return (
    <tr>
      <th scope="row">{agent.displayName}</th>
      <td>
        <span className="team__presence">
          <StatusDot tone={agent.online ? PRESENCE_TONE[agent.presence.state] : 'neutral'} />
          {label}
          {agent.online ? null : <span className="team__muted"> · not connected</span>}
          <ElapsedClock since={agent.presence.since} label={`Time in ${label}`} />
        </span>
      </td>
      <td>
        {agent.conversations} / {agent.capacity}
      </td>
      <td>
        {agent.negativeStreak >= HARD_RUN_FROM ? (
          <span className="team__hard-run">
            <IconFaceSad size={14} />
            Hard run: {agent.negativeStreak}
          </span>
        ) : (
          <span className="team__muted">Steady</span>
        )}
      </td>
    </tr>
  );
}

export function AgentsTable() {
  const { stores } = useServices();
  useTeamList();
  const order = useStore(stores.team, selectTeamOrder);
  const load = useStore(stores.team, selectTeamLoad);
  const error = useStore(stores.team, selectTeamError);
  if (order.length === 0) {
    const title = load === 'failed' ? 'The team could not be loaded.' : load === 'ready' ? 'No agents configured.' : 'Loading the team…';
    return (
      <EmptyState compact icon={<IconUsers size={20} />} title={title}>
        <p>{error ?? "Each agent's presence, time in state and open conversations appear here."}</p>
      </EmptyState>
    );
  }
  return (
    <table className="table team">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {order.map((username) => (
          <AgentRow key={username} username={username} />
        ))}
      </tbody>
    </table>
  );
}
