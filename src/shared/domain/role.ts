// Who a user is to the gateway: the role decides which views and events they get.
// Pure schema module: no I/O, no platform imports.
import { z } from 'zod';

export const RoleSchema = z.enum(['agent', 'supervisor']);
export type Role = z.infer<typeof RoleSchema>;

/** Usernames are plain identifiers so they are safe in logs, URLs and socket rooms. */
export const UsernameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a username')
  .max(64, 'A username has at most 64 characters')
  .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, dot, dash or underscore');
export type Username = z.infer<typeof UsernameSchema>;
