// What a supervisor sees of each agent: presence, load and wellbeing streak. The gateway builds these
// records; only supervisor sessions ever receive them.
import { z } from 'zod';
import { PresenceSchema } from './presence';
import { UsernameSchema } from './role';

export const AgentStatusSchema = z.object({
  username: UsernameSchema,
  displayName: z.string(),
  presence: PresenceSchema,
  /** At least one desktop session is connected. */
  online: z.boolean(),
  /** Conversations the agent owns that are not yet wrapped (active, on hold or in after-contact work). */
  conversations: z.number().int().nonnegative(),
  capacity: z.number().int().positive(),
  /** Very negative contacts in a row (see wellbeing.ts); 0 after a calmer contact or a break. */
  negativeStreak: z.number().int().nonnegative(),
});
export type AgentStatus = z.infer<typeof AgentStatusSchema>;
