// Offers store: the contacts ringing for this agent now, newest first, with any Accept/Reject in
// flight and its error. Fed by contact:offered / contact:offer-withdrawn events and contact:list-offers.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Offer } from '../../../shared/domain/conversation';

export type OfferAction = 'accepting' | 'rejecting';

export interface OffersState {
  offers: Offer[];
  pending: Readonly<Record<string, OfferAction>>;
  errors: Readonly<Record<string, string>>;
}

export interface OffersActions {
  /** Replaces the list (startup, reconnect): the host's list is the truth. */
  offersListed(offers: readonly Offer[]): void;
  /** Adds or refreshes one offer; returns false when it was already shown (a replayed event). */
  offered(offer: Offer): boolean;
  withdrawn(offerId: string): void;
  actionStarted(offerId: string, action: OfferAction): void;
  actionFailed(offerId: string, message: string): void;
  cleared(): void;
}

export type OffersStore = StoreApi<OffersState & OffersActions>;

const newestFirst = (a: Offer, b: Offer) => b.offeredAt.localeCompare(a.offeredAt);

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

export function createOffersStore(): OffersStore {
  return createStore<OffersState & OffersActions>()((set, get) => ({
    offers: [],
    pending: {},
    errors: {},
    offersListed: (offers) => set({ offers: [...offers].sort(newestFirst), pending: {}, errors: {} }),
    offered: (offer) => {
      const known = get().offers.some((o) => o.offerId === offer.offerId);
      set((s) => ({ offers: [offer, ...s.offers.filter((o) => o.offerId !== offer.offerId)].sort(newestFirst) }));
      return !known;
    },
    withdrawn: (offerId) =>
      set((s) => ({ offers: s.offers.filter((o) => o.offerId !== offerId), pending: without(s.pending, offerId), errors: without(s.errors, offerId) })),
    actionStarted: (offerId, action) => set((s) => ({ pending: { ...s.pending, [offerId]: action }, errors: without(s.errors, offerId) })),
    actionFailed: (offerId, message) => set((s) => ({ pending: without(s.pending, offerId), errors: { ...s.errors, [offerId]: message } })),
    cleared: () => set({ offers: [], pending: {}, errors: {} }),
  }));
}

type S = OffersState;
export const selectOffers = (s: S): Offer[] => s.offers;
export const selectOfferCount = (s: S): number => s.offers.length;
export const selectPending = (s: S): Readonly<Record<string, OfferAction>> => s.pending;
export const selectOfferErrors = (s: S): Readonly<Record<string, string>> => s.errors;
