// Wires the bridge to the stores: contract events become store actions, and the startup reads
// (app info, session, link, presence, offers, conversations) fill them. The only place events enter the stores.
import type { BatonApi } from '../../shared/contract/ipc';
import { connectAttention, type AttentionEnv } from '../features/attention/connect-attention';
import { applySummary } from '../features/conversation/conversation-actions';
import type { OfferAlerts } from '../features/offers/alerting';
import type { Stores } from './stores';

/** Offers ringing and conversations owned, as the host knows them (after boot, login and every reconnect). */
export async function refreshWork(baton: BatonApi, stores: Stores): Promise<void> {
  if (!stores.session.getState().session) return;
  const [offers, conversations] = await Promise.all([baton.invoke('contact:list-offers'), baton.invoke('conversation:list')]);
  if (offers.ok) stores.offers.getState().offersListed(offers.value);
  if (conversations.ok) {
    stores.conversations.getState().listed(conversations.value);
    stores.messages.getState().listed(conversations.value);
  }
}

export async function refreshLive(baton: BatonApi, stores: Stores): Promise<void> {
  const [link, presence] = await Promise.all([baton.invoke('link:get-state'), baton.invoke('presence:get'), refreshWork(baton, stores)]);
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

export interface ConnectOptions {
  /** Sound and notification for a new offer; none in tests that do not ask for it. */
  alerts?: OfferAlerts;
  /** Title, tray/app badge, message notifications and notification clicks; none in tests that do not ask. */
  attention?: AttentionEnv;
}

/** Subscribes to every contract event and starts the first read; returns the unsubscribe. */
export function connectStores(baton: BatonApi, stores: Stores, options: ConnectOptions = {}): () => void {
  const offs = [
    baton.on('link:state-changed', (link) => {
      const wasOnline = stores.link.getState().link.status === 'online';
      stores.link.getState().linkChanged(link);
      // The browser-mode bridge replays the link state after it reconnects: if the host was
      // unreachable at startup, that is the moment to finish booting.
      if (stores.session.getState().phase === 'host-unreachable') void bootStores(baton, stores);
      else if (link.status === 'online' && !wasOnline) void refreshWork(baton, stores);
    }),
    baton.on('session:changed', (session) => {
      const previous = stores.session.getState().session;
      stores.session.getState().sessionChanged(session);
      if (!session) stores.presence.getState().presenceChanged(null);
      // Another agent's offers and customers must never show after a logout or user switch.
      if (!session || previous?.username !== session.username) {
        stores.offers.getState().cleared();
        stores.conversations.getState().cleared();
        stores.messages.getState().cleared();
        stores.wellbeing.getState().dismissed();
        stores.team.getState().cleared();
      }
      if (session && previous?.username !== session.username) void refreshWork(baton, stores);
    }),
    baton.on('presence:changed', (presence) => stores.presence.getState().presenceChanged(presence)),
    baton.on('contact:offered', (offer) => {
      const isNew = stores.offers.getState().offered(offer);
      if (isNew) void options.alerts?.offered(offer);
    }),
    baton.on('contact:offer-withdrawn', ({ offerId }) => stores.offers.getState().withdrawn(offerId)),
    baton.on('conversation:assigned', (assigned) => {
      stores.conversations.getState().assigned(assigned);
      stores.messages.getState().assigned(assigned);
    }),
    baton.on('conversation:message', (message) => stores.messages.getState().received(message, stores.conversations.getState().selectedId)),
    baton.on('conversation:typing', (typing) => stores.messages.getState().typingChanged(typing, Date.now())),
    baton.on('conversation:updated', (summary) => {
      // Any status news ends a waiting warm transfer: it was taken, turned down, rang out or withdrawn.
      stores.transfers.getState().settled(summary.conversationId);
      applySummary(stores, summary);
    }),
    baton.on('wellbeing:suggestion', (suggestion) => stores.wellbeing.getState().suggested(suggestion)),
    baton.on('team:agent-changed', (status) => stores.team.getState().changed(status)),
    // Opening a conversation reads it.
    stores.conversations.subscribe((state, previous) => {
      if (state.selectedId !== null && state.selectedId !== previous.selectedId) stores.messages.getState().read(state.selectedId);
    }),
  ];
  if (options.attention) offs.push(connectAttention(baton, stores, options.attention));
  void bootStores(baton, stores);
  return () => {
    for (const off of offs) off();
  };
}
