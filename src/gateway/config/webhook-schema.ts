// Outbound webhooks in the config file: per channel, where agent messages are POSTed, the shared secret
// they are signed with, and how persistently failed deliveries are retried. Validation only.
import { z } from 'zod';
import { ChannelSchema } from '../../shared/domain/handoff-context';

export const MIN_WEBHOOK_SECRET_LENGTH = 16;

export const WebhookConfigSchema = z.strictObject({
  channel: ChannelSchema,
  url: z.url({ protocol: /^https?$/, error: 'Give an http:// or https:// URL' }),
  secret: z.string().min(MIN_WEBHOOK_SECRET_LENGTH, `The secret needs at least ${MIN_WEBHOOK_SECRET_LENGTH} characters`).max(500),
  /** Tries per event, the first included. */
  maxAttempts: z.number().int().min(1).max(20).default(6),
  /** The wait before the first retry; each later one waits twice as long. */
  retryBaseMs: z.number().int().min(1).max(10 * 60 * 1000).default(1000),
  timeoutMs: z.number().int().min(100).max(60_000).default(10_000),
});
export type WebhookConfig = z.infer<typeof WebhookConfigSchema>;

export const WebhookListSchema = z
  .array(WebhookConfigSchema)
  .max(10)
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((hook, index) => {
      if (seen.has(hook.channel)) ctx.addIssue({ code: 'custom', path: [index, 'channel'], message: `a webhook for channel "${hook.channel}" is already listed` });
      seen.add(hook.channel);
    });
  });
