// Link store: the desktop's link to the gateway exactly as the host last reported it.
// Fed only by `link:state-changed` events and `link:get-state` answers; no timers here.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { initialLinkState, type LinkState, type LinkStatus } from '../../../shared/domain/link';

export interface LinkStoreState {
  link: LinkState;
}

export interface LinkActions {
  linkChanged(link: LinkState): void;
}

export type LinkStore = StoreApi<LinkStoreState & LinkActions>;

export function createLinkStore(): LinkStore {
  return createStore<LinkStoreState & LinkActions>()((set) => ({
    link: initialLinkState(),
    linkChanged: (link) => set({ link }),
  }));
}

export const selectLink = (s: LinkStoreState): LinkState => s.link;
export const selectLinkStatus = (s: LinkStoreState): LinkStatus => s.link.status;
/** Anything but online: the workspace shows what still works. */
export const selectIsDegraded = (s: LinkStoreState): boolean => s.link.status !== 'online';
