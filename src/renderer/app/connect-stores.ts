// Wires the bridge to the stores: contract events become store actions, and the startup reads
// (app info, session, link, presence) fill them. The only place events enter the stores.
import type { BatonApi } from '../../shared/contract/ipc';
import type { Stores } from './stores';

export async function refreshLive(baton: BatonApi, stores: Stores): Promise<void> {
  const [link, presence] = await Promise.all([baton.invoke('link:get-state'), baton.invoke('presence:get')]);
  if (link.ok) stores.link.getState().linkChanged(link.value);
  if (presence.ok) stores.presence.getState().presenceChanged(presence.value);
}

export async function bootStores(baton: BatonApi, stores: Stores): Promise<void> {
  const [info, session] = await Promise.all([baton.invoke('app:get-info'), baton.invoke('session:get')]);
  if (!info.ok) {
    stores.session.getState().hostFailed(info.error.message);
    return;
  }
  stores.session.getState().booted(info.value, session.ok ? session.value : null);
  await refreshLive(baton, stores);
}

/** Subscribes to every contract event and starts the first read; returns the unsubscribe. */
export function connectStores(baton: BatonApi, stores: Stores): () => void {
  const offs = [
    baton.on('link:state-changed', (link) => {
      stores.link.getState().linkChanged(link);
      // The browser-mode bridge replays the link state after it reconnects: if the host was
      // unreachable at startup, that is the moment to finish booting.
      if (stores.session.getState().phase === 'host-unreachable') void bootStores(baton, stores);
    }),
    baton.on('session:changed', (session) => {
      stores.session.getState().sessionChanged(session);
      if (!session) stores.presence.getState().presenceChanged(null);
    }),
    baton.on('presence:changed', (presence) => stores.presence.getState().presenceChanged(presence)),
  ];
  void bootStores(baton, stores);
  return () => {
    for (const off of offs) off();
  };
}
