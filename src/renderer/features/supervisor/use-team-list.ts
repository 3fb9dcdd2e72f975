// Loads the team into the team store when the wallboard opens and again whenever the link comes back
// online (updates missed while offline are in the fresh list). Live changes arrive through connect-stores.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../../app/services';
import { selectLinkStatus } from '../link/link.store';

export function useTeamList(): void {
  const { baton, stores } = useServices();
  const online = useStore(stores.link, selectLinkStatus) === 'online';
  useEffect(() => {
    if (!online) return;
    let current = true;
    stores.team.getState().loading();
    void baton.invoke('team:list').then((result) => {
      if (!current) return;
      if (result.ok) stores.team.getState().listed(result.value);
      else stores.team.getState().failed(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [online, baton, stores.team]);
}
