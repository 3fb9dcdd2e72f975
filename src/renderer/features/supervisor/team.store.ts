// What the supervisor sees of the agents: the `team:list` answer, kept current by `team:agent-changed`.
// Agents stay in the order the gateway listed them; one that appears later is added at the end.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentStatus } from '../../../shared/domain/team';

export type TeamLoad = 'idle' | 'loading' | 'ready' | 'failed';

export interface TeamState {
  byName: Readonly<Record<string, AgentStatus>>;
  order: readonly string[];
  load: TeamLoad;
  error: string | null;
  loading(): void;
  listed(team: readonly AgentStatus[]): void;
  changed(status: AgentStatus): void;
  failed(message: string): void;
  cleared(): void;
}

export type TeamStore = StoreApi<TeamState>;

const EMPTY = { byName: {}, order: [], load: 'idle' as const, error: null };

export function createTeamStore(): TeamStore {
  return createStore<TeamState>()((set) => ({
    ...EMPTY,
    loading: () => set((s) => ({ load: s.load === 'ready' ? 'ready' : 'loading', error: null })),
    listed: (team) => set({ byName: Object.fromEntries(team.map((a) => [a.username, a])), order: team.map((a) => a.username), load: 'ready', error: null }),
    changed: (status) =>
      set((s) => ({
        byName: { ...s.byName, [status.username]: status },
        order: s.order.includes(status.username) ? s.order : [...s.order, status.username],
      })),
    failed: (message) => set((s) => ({ load: s.load === 'ready' ? 'ready' : 'failed', error: message })),
    cleared: () => set(EMPTY),
  }));
}

export const selectTeamOrder = (s: TeamState): readonly string[] => s.order;
export const selectAgent = (username: string) => (s: TeamState): AgentStatus | null => s.byName[username] ?? null;
export const selectTeamLoad = (s: TeamState): TeamLoad => s.load;
export const selectTeamError = (s: TeamState): string | null => s.error;
