// Tells the agent an offer arrived when they are not looking: a short two-tone chime (WebAudio, no
// asset) and, in browser mode, a web Notification. In Electron the main process shows the notification.
import type { AppInfo } from '../../../shared/contract/ipc';
import type { Offer } from '../../../shared/domain/conversation';
import { customerName, oneLineStory } from '../../../shared/domain/story';

export type AlertPermission = 'granted' | 'denied' | 'default' | 'unsupported';

/** The platform side, injected so tests can watch what would have sounded or shown. */
export interface AlertBackend {
  permission(): AlertPermission;
  requestPermission(): Promise<AlertPermission>;
  /** Browsers only grant a permission prompt (and audio) after the user has interacted with the page. */
  hasUserGesture(): boolean;
  /** `onClick` runs after the window was focused (open what the notification was about). */
  notify(title: string, body: string, tag: string, onClick?: () => void): void;
  chime(): void;
}

export interface OfferAlerts {
  offered(offer: Offer): Promise<void>;
}

export interface OfferAlertsDeps {
  backend: AlertBackend;
  mode: () => AppInfo['mode'] | null;
  /** A notification click: bring the offer forward (features/attention's focusConversation). */
  open?: (conversationId: string) => void;
}

export function createOfferAlerts({ backend, mode, open }: OfferAlertsDeps): OfferAlerts {
  let asked = false;
  return {
    async offered(offer) {
      backend.chime();
      if (mode() !== 'browser') return;
      let permission = backend.permission();
      if (permission === 'default' && !asked && backend.hasUserGesture()) {
        asked = true;
        permission = await backend.requestPermission();
      }
      if (permission !== 'granted') return;
      const name = customerName(offer.context) ?? 'an unnamed customer';
      backend.notify(`Incoming contact from ${name}`, `${oneLineStory(offer.context)} · ${offer.queueName}`, offer.offerId, () => open?.(offer.conversationId));
    },
  };
}

function playChime(audio: AudioContext): void {
  const start = audio.currentTime + 0.01;
  // Two short sine tones, a fifth apart, with soft edges so they never click.
  [
    [880, 0],
    [1320, 0.16],
  ].forEach(([frequency = 880, offset = 0]) => {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0, start + offset);
    gain.gain.linearRampToValueAtTime(0.18, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.22);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.25);
  });
}

/** The real backend: the web Notification API and an AudioContext made on first use. */
export function createBrowserAlertBackend(win: Window): AlertBackend {
  let audio: AudioContext | null = null;
  const NotificationApi: typeof Notification | null = typeof Notification === 'undefined' ? null : Notification;
  return {
    permission: () => NotificationApi?.permission ?? 'unsupported',
    requestPermission: async () => (NotificationApi ? NotificationApi.requestPermission() : 'unsupported'),
    hasUserGesture: () => win.navigator.userActivation?.hasBeenActive ?? false,
    notify(title, body, tag, onClick) {
      if (!NotificationApi) return;
      const notification = new NotificationApi(title, { body, tag });
      notification.onclick = () => {
        win.focus();
        onClick?.();
        notification.close();
      };
    },
    chime() {
      if (typeof AudioContext === 'undefined') return;
      try {
        const context = audio ?? new AudioContext();
        audio = context;
        if (context.state === 'suspended') void context.resume();
        playChime(context);
      } catch {
        // Audio can be blocked by policy; the card and the live region still announce the offer.
      }
    },
  };
}
