// The ringing offers at the top of the conversation list, newest first, and the live region that
// announces each new one to screen readers. Offers long past their expiry are hidden until withdrawn.
import { useStore } from 'zustand';
import { customerName, oneLineStory } from '../../../shared/domain/story';
import { useServices } from '../../app/services';
import { modKeyLabel } from '../../ui/platform';
import { useNow } from '../../ui/use-now';
import { acceptOffer, rejectOffer } from './offer-actions';
import { OfferCard } from './OfferCard';
import { selectOfferErrors, selectOffers, selectPending } from './offers.store';

/** The gateway withdraws a timed-out offer; this grace covers a withdrawal lost on a broken link. */
const EXPIRED_GRACE_MS = 5000;

export function OfferStack() {
  const { baton, stores } = useServices();
  const offers = useStore(stores.offers, selectOffers);
  const pending = useStore(stores.offers, selectPending);
  const errors = useStore(stores.offers, selectOfferErrors);
  const now = useNow(1000);
  const live = offers.filter((o) => Date.parse(o.expiresAt) + EXPIRED_GRACE_MS > now);
  const newest = live[0];
  const mod = modKeyLabel();
  return (
    <>
      <div role="status" aria-label="Offer announcements" className="visually-hidden">
        {newest ? `Incoming contact from ${customerName(newest.context) ?? 'an unnamed customer'}: ${oneLineStory(newest.context)}` : ''}
      </div>
      {live.length > 0 ? (
        <div className="offers">
          {live.map((offer, i) => (
            <OfferCard
              key={offer.offerId}
              offer={offer}
              pending={pending[offer.offerId]}
              error={errors[offer.offerId]}
              shortcut={i === 0 ? mod : null}
              onAccept={() => void acceptOffer(baton, stores, offer.offerId)}
              onReject={() => void rejectOffer(baton, stores, offer.offerId)}
            />
          ))}
        </div>
      ) : null}
    </>
  );
}
