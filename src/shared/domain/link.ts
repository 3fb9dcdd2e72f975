// The state of the desktop's link to the gateway, as the main process publishes it.
// `unauthorized` means retrying cannot help: the agent must log in again.
import { z } from 'zod';

export const LinkStatusSchema = z.enum(['connecting', 'online', 'offline', 'unauthorized']);
export type LinkStatus = z.infer<typeof LinkStatusSchema>;

export const LinkStateSchema = z.object({
  status: LinkStatusSchema,
  /** Gateway base URL the link talks to, null before the first login. */
  gatewayUrl: z.string().nullable(),
  /** Human-readable reason for offline/unauthorized (shown to the agent as is). */
  reason: z.string().nullable(),
  /** Reconnect attempts since the link was last online. */
  attempt: z.number().int().nonnegative(),
  /** When the next reconnect attempt is due (offline only). */
  nextRetryAt: z.iso.datetime().nullable(),
  since: z.iso.datetime(),
});
export type LinkState = z.infer<typeof LinkStateSchema>;

export function initialLinkState(now: Date = new Date()): LinkState {
  return { status: 'offline', gatewayUrl: null, reason: 'Not logged in', attempt: 0, nextRetryAt: null, since: now.toISOString() };
}
