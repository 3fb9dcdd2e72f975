// Electron's Notification cannot load without the binary, so this one module is replaced by a stand-in
// with the same surface; the notifier's behaviour (text, click, failure) is what is asserted.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordingLogger } from '../core/testing/recording-logger';
import { message, offer } from '../core/testing/work-fixtures';

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

  it('on click also asks the renderer to open the offer\'s conversation, and flashes the taskbar for the offer', () => {
    const opened: string[] = [];
    const flashes: string[] = [];
    const notifier = createElectronNotifier({
      focusWindow: () => undefined,
      openConversation: (id) => opened.push(id),
      attention: { set: () => undefined, offerArrived: () => flashes.push('offer') },
      log: createRecordingLogger(),
    });
    notifier.notifyOffer(offer('o1', { conversationId: 'c9' }));
    expect(flashes).toEqual(['offer']);
    shown[0]?.emit('click');
    expect(opened).toEqual(['c9']);
  });

  it('passes the counts on to the desktop attention', () => {
    const counts: unknown[] = [];
    const notifier = createElectronNotifier({
      focusWindow: () => undefined,
      attention: { set: (a) => counts.push(a), offerArrived: () => undefined },
      log: createRecordingLogger(),
    });
    notifier.setAttention?.({ offers: 1, unread: 3 });
    expect(counts).toEqual([{ offers: 1, unread: 3 }]);
  });
});

describe('customer message notifications', () => {
  function setup(focused: { value: boolean }) {
    let clock = 1_000_000;
    const opened: string[] = [];
    const focusWindow = vi.fn();
    const notifier = createElectronNotifier({
      focusWindow,
      openConversation: (id) => opened.push(id),
      isWindowFocused: () => focused.value,
      log: createRecordingLogger(),
      now: () => clock,
    });
    const advance = (ms: number) => {
      clock += ms;
    };
    return { notifier, opened, focusWindow, advance };
  }

  it('shows the customer name and the plain message text, quietly, and a click opens that conversation', () => {
    const { notifier, opened, focusWindow } = setup({ value: false });
    notifier.notifyMessage?.(message('c1', 1, { text: 'My parcel <b>still</b>\nhas not arrived & I am "upset"' }), 'Dana Whitfield');
    expect(shown.map((n) => n.options)).toEqual([{ title: 'Dana Whitfield', body: 'My parcel bstill/b has not arrived I am upset', silent: true }]);
    shown[0]?.emit('click');
    expect(focusWindow).toHaveBeenCalledTimes(1);
    expect(opened).toEqual(['c1']);
  });

  it('stays silent while the window is focused (the unread badge is enough)', () => {
    const { notifier } = setup({ value: true });
    notifier.notifyMessage?.(message('c1', 1), 'Dana');
    expect(shown).toHaveLength(0);
  });

  it('shows at most one per conversation per 30 s, each conversation on its own clock', () => {
    const { notifier, advance } = setup({ value: false });
    notifier.notifyMessage?.(message('c1', 1), 'Dana');
    advance(10_000);
    notifier.notifyMessage?.(message('c1', 2), 'Dana');
    notifier.notifyMessage?.(message('c2', 1), null);
    advance(20_000);
    notifier.notifyMessage?.(message('c1', 3), 'Dana');
    expect(shown.map((n) => `${n.options.title}: ${n.options.body}`)).toEqual(['Dana: Message 1', 'Customer: Message 1', 'Dana: Message 3']);
  });
});
