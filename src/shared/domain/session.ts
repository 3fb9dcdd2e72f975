// The logged-in session as the renderer sees it. The token itself never leaves the main process.
import { z } from 'zod';
import { RoleSchema, UsernameSchema } from './role';

export const SessionSchema = z.object({
  username: UsernameSchema,
  displayName: z.string(),
  role: RoleSchema,
  gatewayUrl: z.string(),
  /** When the gateway token expires (ISO-8601). */
  expiresAt: z.iso.datetime(),
});
export type Session = z.infer<typeof SessionSchema>;
