// The routing part of the gateway config: queues (with SLA, required skills and intent patterns) and the
// routing settings. Validation only; queue selection and offering live in src/gateway/routing/.
import { z } from 'zod';
import { QueueWrapUpSchema } from './wrap-up-config';

/** Skill and queue ids are plain identifiers, so they read well in config files, logs and URLs. */
export const RoutingIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Use lower-case letters, digits, dot, dash or underscore');

export const QueueConfigSchema = z.strictObject({
  id: RoutingIdSchema,
  name: z.string().trim().min(1).max(100),
  /** How long a customer may wait before the queue is over its service level. */
  slaSeconds: z.number().int().min(1).max(24 * 60 * 60),
  /** An agent needs every one of these skills to be offered this queue's contacts. */
  skills: z.array(RoutingIdSchema).max(20).default([]),
  /** Intent names routed here: exact names or `*` wildcards (`billing.*`), compared case-insensitively. */
  intents: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  /** Dispositions and after-contact work; unset fields take the defaults in wrap-up-config.ts. */
  wrapUp: QueueWrapUpSchema.optional(),
});
export type QueueConfig = z.infer<typeof QueueConfigSchema>;

export const DEFAULT_RING_TIMEOUT_SECONDS = 20;

export const RoutingSettingsSchema = z.strictObject({
  /** How long an offer rings before it moves on to the next agent. */
  ringTimeoutSeconds: z.number().min(0.05).max(600).default(DEFAULT_RING_TIMEOUT_SECONDS),
  /** Where contacts go when nothing else matches; defaults to the first queue. */
  defaultQueue: RoutingIdSchema.optional(),
});
export type RoutingSettings = z.infer<typeof RoutingSettingsSchema>;

/** Used when the config lists no queues: every contact goes to one skill-less queue. */
export const FALLBACK_QUEUE: QueueConfig = { id: 'general', name: 'General', slaSeconds: 60, skills: [], intents: [] };

/** The routing setup the gateway runs with, after defaults and overrides. */
export interface RoutingConfig {
  queues: QueueConfig[];
  defaultQueue: string;
  ringTimeoutSeconds: number;
  /** Replaces every queue's after-contact work time (tests and demos); may be fractional. */
  acwSecondsOverride?: number;
}

type Ctx = z.RefinementCtx;

/** Cross-field checks: unique queue ids, and a default queue that exists. */
export function checkQueues(queues: readonly QueueConfig[], routing: RoutingSettings | undefined, ctx: Ctx): void {
  const seen = new Set<string>();
  queues.forEach((queue, index) => {
    if (seen.has(queue.id)) ctx.addIssue({ code: 'custom', path: ['queues', index, 'id'], message: `duplicate queue id "${queue.id}"` });
    seen.add(queue.id);
  });
  const fallback = queues.length === 0 ? [FALLBACK_QUEUE.id] : [];
  const wanted = routing?.defaultQueue;
  if (wanted !== undefined && !seen.has(wanted) && !fallback.includes(wanted)) {
    ctx.addIssue({ code: 'custom', path: ['routing', 'defaultQueue'], message: `no queue has the id "${wanted}"` });
  }
}

/** Fills in the fallback queue and the default queue. */
export function toRoutingConfig(
  queues: readonly QueueConfig[],
  routing: RoutingSettings | undefined,
  ringTimeoutSeconds?: number,
  acwSecondsOverride?: number,
): RoutingConfig {
  const list = queues.length > 0 ? [...queues] : [FALLBACK_QUEUE];
  return {
    ...(acwSecondsOverride === undefined ? {} : { acwSecondsOverride }),
    queues: list,
    defaultQueue: routing?.defaultQueue ?? list[0]?.id ?? FALLBACK_QUEUE.id,
    ringTimeoutSeconds: ringTimeoutSeconds ?? routing?.ringTimeoutSeconds ?? DEFAULT_RING_TIMEOUT_SECONDS,
  };
}
