// The core's Notifier in Electron: a system notification per new offer ("Incoming contact" and the
// one-line story; the OS plays its sound). Clicking it brings the window forward. Plain text only.
import { Notification } from 'electron';
import type { Offer } from '../../shared/domain/conversation';
import type { Logger } from '../../shared/log';
import { OFFER_NOTIFICATION_TITLE, offerStory } from '../core/notify/offer-story';
import type { Notifier } from '../core/ports';

/** Electron drops click handlers of notifications that get garbage-collected, so live ones are held. */
const MAX_LIVE = 20;

export function createElectronNotifier(deps: { focusWindow: () => void; log: Logger }): Notifier {
  const live = new Set<Notification>();
  return {
    notifyOffer(offer: Offer) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title: OFFER_NOTIFICATION_TITLE, body: offerStory(offer), silent: false });
      const release = (): void => {
        live.delete(notification);
      };
      notification.on('click', () => {
        release();
        deps.focusWindow();
      });
      notification.on('close', release);
      notification.on('failed', (_event, error) => {
        release();
        deps.log.warn('offer notification failed', { offerId: offer.offerId, error });
      });
      live.add(notification);
      for (const old of live) {
        if (live.size <= MAX_LIVE) break;
        live.delete(old);
      }
      notification.show();
    },
  };
}
