// Electron's Notification cannot load without the binary, so this one module is replaced by a stand-in
// with the same surface; the notifier's behaviour (text, click, failure) is what is asserted.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordingLogger } from '../core/testing/recording-logger';
import { offer } from '../core/testing/work-fixtures';

const shown: StandInNotification[] = [];
let supported = true;

class StandInNotification extends EventEmitter {
  static isSupported(): boolean {
    return supported;
  }
  constructor(readonly options: { title: string; body: string; silent: boolean }) {
    super();
  }
  show(): void {
    shown.push(this);
  }
}

vi.mock('electron', () => ({ Notification: StandInNotification }));
const { createElectronNotifier } = await import('./notifications');

beforeEach(() => {
  shown.length = 0;
  supported = true;
});

describe('createElectronNotifier', () => {
  it('shows "Incoming contact" with the one-line story, with sound, and focuses the window on click', () => {
    const focusWindow = vi.fn();
    createElectronNotifier({ focusWindow, log: createRecordingLogger() }).notifyOffer(offer('o1'));
    expect(shown).toHaveLength(1);
    expect(shown[0]?.options).toEqual({
      title: 'Incoming contact',
      body: 'Dana Whitfield · verified (sms-otp) · Return a damaged item · upset',
      silent: false,
    });
    expect(focusWindow).not.toHaveBeenCalled();
    shown[0]?.emit('click');
    expect(focusWindow).toHaveBeenCalledTimes(1);
  });

  it('never puts markup from customer text into the body', () => {
    createElectronNotifier({ focusWindow: () => undefined, log: createRecordingLogger() }).notifyOffer(
      offer('o1', { context: { customer: { displayName: '<a href="https://evil.example">Eve</a>' } } }),
    );
    expect(shown[0]?.options.body).not.toMatch(/[<>"&]/);
  });

  it('logs a failed notification and shows nothing where notifications are unsupported', () => {
    const log = createRecordingLogger();
    const notifier = createElectronNotifier({ focusWindow: () => undefined, log });
    notifier.notifyOffer(offer('o1'));
    shown[0]?.emit('failed', {}, 'no daemon');
    expect(log.at('warn')).toMatchObject([{ message: 'offer notification failed', fields: { offerId: 'o1', error: 'no daemon' } }]);
    supported = false;
    notifier.notifyOffer(offer('o2'));
    expect(shown).toHaveLength(1);
  });
});
