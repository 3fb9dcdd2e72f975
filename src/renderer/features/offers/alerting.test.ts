// Offer alerts through an injected backend: always a chime; in browser mode a notification once
// permission is granted (asked once, only after a user gesture); none in Electron mode.
import { describe, expect, it } from 'vitest';
import { makeOffer, mariaContext } from '../../test/contexts';
import { createOfferAlerts, type AlertBackend, type AlertPermission } from './alerting';

function fakeBackend(start: AlertPermission, { gesture = true, answer = 'granted' }: { gesture?: boolean; answer?: AlertPermission } = {}) {
  const log: string[] = [];
  let permission = start;
  const backend: AlertBackend = {
    permission: () => permission,
    requestPermission: async () => {
      log.push('request');
      permission = answer;
      return Promise.resolve(answer);
    },
    hasUserGesture: () => gesture,
    notify: (title, body, tag) => log.push(`notify ${title} | ${body} | ${tag}`),
    chime: () => log.push('chime'),
  };
  return { backend, log };
}

const offer = makeOffer('o1', mariaContext());

describe('createOfferAlerts', () => {
  it('in browser mode asks for permission once after a gesture, then notifies with the one-line story', async () => {
    const { backend, log } = fakeBackend('default');
    const alerts = createOfferAlerts({ backend, mode: () => 'browser' });
    await alerts.offered(offer);
    await alerts.offered(offer);
    expect(log).toEqual([
      'chime',
      'request',
      'notify Incoming contact from Maria Lopez | Maria Lopez · verified · Return a damaged item · negative · Returns | o1',
      'chime',
      'notify Incoming contact from Maria Lopez | Maria Lopez · verified · Return a damaged item · negative · Returns | o1',
    ]);
  });

  it('does not prompt without a user gesture, and stays silent (but chimes) when denied', async () => {
    const noGesture = fakeBackend('default', { gesture: false });
    await createOfferAlerts({ backend: noGesture.backend, mode: () => 'browser' }).offered(offer);
    expect(noGesture.log).toEqual(['chime']);

    const denied = fakeBackend('default', { answer: 'denied' });
    const alerts = createOfferAlerts({ backend: denied.backend, mode: () => 'browser' });
    await alerts.offered(offer);
    await alerts.offered(offer);
    expect(denied.log).toEqual(['chime', 'request', 'chime']);
  });

  it('only chimes in Electron mode, where the main process shows the notification', async () => {
    const { backend, log } = fakeBackend('granted');
    await createOfferAlerts({ backend, mode: () => 'electron' }).offered(offer);
    expect(log).toEqual(['chime']);
  });

  it("a notification click opens the offer's conversation through the injected open()", async () => {
    const clicks: (() => void)[] = [];
    const opened: string[] = [];
    const backend: AlertBackend = {
      permission: () => 'granted',
      requestPermission: () => Promise.resolve('granted'),
      hasUserGesture: () => true,
      notify: (_title, _body, _tag, onClick) => {
        if (onClick) clicks.push(onClick);
      },
      chime: () => undefined,
    };
    await createOfferAlerts({ backend, mode: () => 'browser', open: (id) => opened.push(id) }).offered(offer);
    expect(opened).toEqual([]);
    clicks[0]?.();
    expect(opened).toEqual([offer.conversationId]);
  });
});
