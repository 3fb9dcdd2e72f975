// How outbound webhooks are signed: HMAC-SHA256 of "<timestamp>.<body>" with the channel's secret, sent as
// `X-Baton-Signature: sha256=<hex>` beside `X-Baton-Timestamp` (Unix seconds). Receivers use verifyWebhook.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-baton-signature';
export const TIMESTAMP_HEADER = 'x-baton-timestamp';

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export type WebhookCheck = { ok: true } | { ok: false; reason: string };

/** For receivers (and tests): checks the signature in constant time and refuses stale timestamps (replays). */
export function verifyWebhook(
  secret: string,
  { signature, timestamp, body }: { signature: string | undefined; timestamp: string | undefined; body: string },
  { nowSeconds = Math.floor(Date.now() / 1000), toleranceSeconds = 300 } = {},
): WebhookCheck {
  if (signature === undefined || timestamp === undefined) return { ok: false, reason: 'The signature or timestamp header is missing' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'The timestamp is not Unix seconds' };
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return { ok: false, reason: 'The timestamp is too old or in the future' };
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'The signature does not match' };
  return { ok: true };
}
