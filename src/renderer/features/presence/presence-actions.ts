// Asks the gateway (through the host) for a presence change; the store changes only when the
// gateway confirms, so the selector never shows a state the routing does not know about.
import type { BatonApi } from '../../../shared/contract/ipc';
import type { SelectablePresence } from '../../../shared/domain/presence';
import type { PresenceStore } from './presence.store';

export async function requestPresence(baton: BatonApi, store: PresenceStore, state: SelectablePresence): Promise<void> {
  store.getState().changeRequested(state);
  const result = await baton.invoke('presence:set', { state });
  if (result.ok) store.getState().presenceChanged(result.value);
  else store.getState().changeFailed(result.error.message);
}
