import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../shared/log';
import { WebhookConfigSchema } from '../config/webhook-schema';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';
import { createWebhookSender, type WebhookEventBody } from './webhook-sender';
import { signWebhook, verifyWebhook } from './webhook-signature';

const SECRET = 'sender-secret-0123456789';
const receivers: WebhookReceiver[] = [];
afterEach(async () => Promise.all(receivers.splice(0).map((r) => r.close())));

const event: WebhookEventBody = {
  type: 'message.created',
  conversationId: 'c_1',
  source: { format: 'native', conversationId: 'bot-1' },
  message: { seq: 1, id: 'm1', from: 'agent', authorName: 'Ana', text: 'Hi', at: '2025-01-01T00:00:00.000Z' },
};
const errors: string[] = [];
const log: Logger = { debug() {}, info() {}, warn() {}, error: (message) => errors.push(message) };

async function receiver(failFirst: number) {
  const r = await startWebhookReceiver(SECRET, { failFirst });
  receivers.push(r);
  return r;
}
const hook = (url: string, extra: Record<string, unknown> = {}) => WebhookConfigSchema.parse({ channel: 'chat', url, secret: SECRET, retryBaseMs: 10, ...extra });
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('webhook sender', () => {
  it('gives up after maxAttempts, with the same delivery id on every try', async () => {
    const r = await receiver(100);
    const sender = createWebhookSender({ webhooks: [hook(r.url, { maxAttempts: 3 })], log });
    sender.send('chat', event);
    await until(() => errors.includes('webhook given up'));
    expect(r.received).toHaveLength(3);
    expect(new Set(r.received.map((x) => x.delivery)).size).toBe(1);
    expect(r.received.every((x) => x.verified)).toBe(true);
    expect(sender.pending()).toBe(0);
    await sender.close();
  });

  it('stops retrying on close: no timers left, nothing sent afterwards', async () => {
    const r = await receiver(100);
    const sender = createWebhookSender({ webhooks: [hook(r.url, { retryBaseMs: 60_000 })], log });
    sender.send('chat', event);
    await until(() => r.received.length === 1 && sender.pending() === 1);
    await sender.close();
    expect(sender.pending()).toBe(0);
    sender.send('chat', event);
    expect(sender.pending()).toBe(0);
  });

  it('sends nothing for a channel without a webhook', () => {
    const sender = createWebhookSender({ webhooks: [], log });
    sender.send('email', event);
    expect(sender.pending()).toBe(0);
  });
});

describe('webhook signature', () => {
  const body = '{"a":1}';
  const timestamp = '1700000000';
  const signature = signWebhook(SECRET, timestamp, body);
  const at = { nowSeconds: 1_700_000_010 };

  it('accepts its own signature and refuses tampering, other secrets, stale or missing timestamps', () => {
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhook(SECRET, { signature, timestamp, body }, at)).toEqual({ ok: true });
    expect(verifyWebhook(SECRET, { signature, timestamp, body: '{"a":2}' }, at)).toEqual({ ok: false, reason: 'The signature does not match' });
    expect(verifyWebhook('another-secret-0123456', { signature, timestamp, body }, at).ok).toBe(false);
    expect(verifyWebhook(SECRET, { signature, timestamp, body }, { nowSeconds: 1_700_001_000 })).toEqual({ ok: false, reason: 'The timestamp is too old or in the future' });
    expect(verifyWebhook(SECRET, { signature: undefined, timestamp, body }, at).ok).toBe(false);
    expect(verifyWebhook(SECRET, { signature, timestamp: 'soon', body }, at)).toEqual({ ok: false, reason: 'The timestamp is not Unix seconds' });
  });

  it('refuses a config with a short secret, a non-http URL or two hooks for one channel', () => {
    expect(WebhookConfigSchema.safeParse({ channel: 'chat', url: 'http://127.0.0.1/x', secret: 'short' }).success).toBe(false);
    expect(WebhookConfigSchema.safeParse({ channel: 'chat', url: 'ftp://127.0.0.1/x', secret: SECRET }).success).toBe(false);
  });
});
