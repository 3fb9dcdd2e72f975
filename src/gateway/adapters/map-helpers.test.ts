import { describe, expect, it } from 'vitest';
import { fact } from './context-helpers';
import {
  channelFromName,
  epochSecondsToIso,
  factKey,
  humanise,
  localeTag,
  toIso,
  valueText,
} from './map-helpers';

describe('map helpers', () => {
  it.each([
    ['order_number', 'Order number', 'orderNumber'],
    ['orderNumber', 'Order number', 'orderNumber'],
    ['CheckInDate', 'Check in date', 'checkInDate'],
    ['order-number', 'Order number', 'orderNumber'],
    ['VIP_tier', 'VIP tier', 'vipTier'],
    ['___', '___', '___'],
  ])('humanises %s', (name, label, key) => {
    expect(humanise(name)).toBe(label);
    expect(factKey(name)).toBe(key);
  });

  it('converts epoch seconds and date strings, refusing absurd values', () => {
    expect(epochSecondsToIso(1627063369)).toBe('2021-07-23T18:02:49.000Z');
    expect(epochSecondsToIso(1e300)).toBeNull();
    expect(toIso('2020-02-10T21:51:21.491453+00:00')).toBe('2020-02-10T21:51:21.491Z');
    expect(toIso('not a date')).toBeNull();
  });

  it.each([
    ['directline', 'chat'],
    ['DirectLine', 'chat'],
    ['directLine', 'chat'],
    ['Channel::WebWidget', 'chat'],
    ['Channel::Line', 'messaging'],
    ['Channel::TwilioSms', 'messaging'],
    ['Channel::Email', 'email'],
    ['twilio_voice', 'voice'],
    ['msteams', 'chat'],
    [null, 'chat'],
  ] as const)('maps channel name %s to %s', (name, channel) => {
    expect(channelFromName(name)).toBe(channel);
  });

  it('writes values as text and locales as BCP 47 tags', () => {
    expect(valueText(['a', 1, null, true])).toBe('a, 1, Yes');
    expect(valueText({ amount: 1000 })).toBe('{"amount":1000}');
    expect(valueText('   ')).toBeNull();
    expect(localeTag('en_US')).toBe('en-US');
    expect(localeTag('not a locale!')).toBeNull();
  });
});

describe('fact sensitivity', () => {
  it('masks card numbers and PINs but not shipping addresses', () => {
    expect(fact('card_number', '4111', 'collected', 'bot').sensitive).toBe(true);
    expect(fact('PIN', '1234', 'collected', 'bot').sensitive).toBe(true);
    expect(fact('ShippingAddress', '1 Main St', 'collected', 'bot').sensitive).toBe(false);
  });

  it.each([
    [true, 'Yes'],
    [false, 'No'],
    [{ amount: 49.99, currency: 'USD' }, '49.99 USD'],
    [{ currencyCode: 'EUR', units: '12', nanos: 500000000 }, '12.50 EUR'],
    [{ currency: 'GBP' }, '{"currency":"GBP"}'],
    [{ a: 1 }, '{"a":1}'],
  ] as const)('shows the value %j as %s', (value, text) => {
    expect(valueText(value)).toBe(text);
  });
});
