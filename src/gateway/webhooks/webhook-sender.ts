// Delivers outbound webhook events to the URL configured for the conversation's channel: signed, retried
// with exponential backoff up to the configured attempts, and stopped (timers and requests) on close.
// Fire and forget for callers: failures are logged, never thrown.
import { randomBytes } from 'node:crypto';
import type { CallCommand } from '../../shared/domain/call';
import type { Channel } from '../../shared/domain/handoff-context';
import type { ConversationMessage } from '../../shared/domain/message';
import type { Logger } from '../../shared/log';
import type { WebhookConfig } from '../config/webhook-schema';
import { createTimerScheduler, type Scheduler } from '../routing/scheduler';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './webhook-signature';

/** What a receiver gets. `id` stays the same across retries, so receivers can drop repeats. */
export type WebhookEvent = {
  id: string;
  conversationId: string;
  /** The bot platform's own ids, so the connector finds its conversation. */
  source: { format: string; conversationId: string };
} & (
  | { type: 'message.created'; message: Pick<ConversationMessage, 'seq' | 'id' | 'from' | 'authorName' | 'text' | 'at'> }
  | { type: 'conversation.ended'; endedAt: string; endedBy: 'agent' | 'customer' }
  /** A request to the telephony connector; the call changes only when it reports the matching call event. */
  | { type: 'call.command'; command: { seq: number; id: string; command: CallCommand; at: string } }
);
export type WebhookEventBody = WebhookEvent extends infer E ? (E extends WebhookEvent ? Omit<E, 'id'> : never) : never;

export interface WebhookSender {
  /** Queues the event for the channel's webhook; without one configured, does nothing. */
  send(channel: Channel, event: WebhookEventBody): void;
  /** Deliveries not yet finished (in flight or waiting for a retry). */
  pending(): number;
  close(): Promise<void>;
}

export interface WebhookSenderDeps {
  webhooks: readonly WebhookConfig[];
  log: Logger;
  now?: () => Date;
  scheduler?: Scheduler;
}

export function createWebhookSender({ webhooks, log, now = () => new Date(), scheduler = createTimerScheduler() }: WebhookSenderDeps): WebhookSender {
  const byChannel = new Map(webhooks.map((hook) => [hook.channel, hook]));
  const waiting = new Set<string>();
  const inFlight = new Map<string, { abort: AbortController; done: Promise<void> }>();
  let closed = false;

  async function post(hook: WebhookConfig, event: WebhookEvent): Promise<boolean> {
    const body = JSON.stringify(event);
    const timestamp = String(Math.floor(now().getTime() / 1000));
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), hook.timeoutMs);
    const request = fetch(hook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signWebhook(hook.secret, timestamp, body),
        [TIMESTAMP_HEADER]: timestamp,
        'x-baton-event': event.type,
        'x-baton-delivery': event.id,
      },
      body,
      signal: abort.signal,
    }).then(
      async (response) => {
        await response.body?.cancel();
        if (!response.ok) log.warn('webhook refused', { id: event.id, url: hook.url, status: response.status });
        return response.ok;
      },
      (error: unknown) => {
        if (!closed) log.warn('webhook failed', { id: event.id, url: hook.url, error });
        return false;
      },
    );
    const done = request.then(() => clearTimeout(timer));
    inFlight.set(event.id, { abort, done });
    const delivered = await request;
    inFlight.delete(event.id);
    return delivered;
  }

  function attempt(hook: WebhookConfig, event: WebhookEvent, n: number): void {
    waiting.delete(event.id);
    void post(hook, event).then((delivered) => {
      if (delivered || closed) return;
      if (n >= hook.maxAttempts) {
        log.error('webhook given up', { id: event.id, url: hook.url, attempts: n });
        return;
      }
      waiting.add(event.id);
      scheduler.schedule(event.id, hook.retryBaseMs * 2 ** (n - 1), () => attempt(hook, event, n + 1));
    });
  }

  return {
    send(channel, body) {
      const hook = byChannel.get(channel);
      if (!hook || closed) return;
      attempt(hook, { ...body, id: `wh_${randomBytes(12).toString('base64url')}` }, 1);
    },
    pending: () => waiting.size + inFlight.size,
    async close() {
      closed = true;
      scheduler.cancelAll();
      waiting.clear();
      const running = [...inFlight.values()];
      for (const { abort } of running) abort.abort();
      await Promise.all(running.map((r) => r.done));
    },
  };
}
