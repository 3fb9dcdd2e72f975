// The shape of the gateway's JSON config file (users, queues, routing, token lifetime, where to listen), as
// zod schemas. Validation only: reading the file and turning issues into sentences is load-config.ts's job.
import { z } from 'zod';
import { CannedResponseSchema } from '../../shared/domain/canned';
import { RoleSchema, UsernameSchema } from '../../shared/domain/role';
import { WellbeingConfigSchema } from '../../shared/domain/wellbeing';
import { parsePasswordHash } from '../auth/password-hash';
import { WebhookListSchema } from './webhook-schema';
import { checkQueues, QueueConfigSchema, RoutingIdSchema, RoutingSettingsSchema } from './routing-schema';

export const DEFAULT_CAPACITY = 3;

export const PasswordHashSchema = z.string().superRefine((value, ctx) => {
  const parsed = parsePasswordHash(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `not a valid password hash: ${parsed.reason}` });
});

export const UserConfigSchema = z.strictObject({
  username: UsernameSchema,
  displayName: z.string().trim().min(1, 'Enter a display name').max(100),
  role: RoleSchema,
  passwordHash: PasswordHashSchema,
  /** Skills routing matches against a queue's required skills. */
  skills: z.array(RoutingIdSchema).max(50).default([]),
  /** How many conversations the agent handles at once. */
  capacity: z.number().int().min(1).max(20).default(DEFAULT_CAPACITY),
});
export type UserConfig = z.infer<typeof UserConfigSchema>;
export type UserConfigInput = z.input<typeof UserConfigSchema>;

export const GatewayConfigSchema = z
  .strictObject({
    /** Lets editors validate the file; ignored by the gateway. */
    $schema: z.string().optional(),
    users: z.array(UserConfigSchema).min(1, 'List at least one user'),
    tokenTtlSeconds: z.number().int().min(60).max(7 * 24 * 60 * 60).optional(),
    host: z.string().trim().min(1).optional(),
    port: z.number().int().min(0).max(65535).optional(),
    queues: z.array(QueueConfigSchema).max(200).default([]),
    routing: RoutingSettingsSchema.optional(),
    /** Where agent messages go, per channel (signed, retried). */
    webhooks: WebhookListSchema,
    /** The team's saved replies, offered in the composer after a "/". */
    canned: z.array(CannedResponseSchema).max(500).default([]),
    /** When to suggest a recovery break after very negative contacts in a row (defaults: wellbeing.ts). */
    wellbeing: WellbeingConfigSchema.optional(),
  })
  .superRefine((config, ctx) => {
    checkQueues(config.queues, config.routing, ctx);
    const seen = new Set<string>();
    config.users.forEach((user, index) => {
      const key = user.username.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['users', index, 'username'], message: `duplicate username "${user.username}"` });
      }
      seen.add(key);
    });
    const cannedIds = new Set<string>();
    config.canned.forEach((canned, index) => {
      if (cannedIds.has(canned.id)) ctx.addIssue({ code: 'custom', path: ['canned', index, 'id'], message: `duplicate canned response id "${canned.id}"` });
      cannedIds.add(canned.id);
    });
  });
export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;
