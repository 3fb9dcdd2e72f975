// The gateway's HTTP API bodies. The gateway parses requests with these; the desktop parses responses.
import { z } from 'zod';
import { RoleSchema, UsernameSchema } from '../domain/role';

export const LoginRequestSchema = z.object({
  username: UsernameSchema,
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const LoginResponseSchema = z.object({
  token: z.string().min(1),
  role: RoleSchema,
  displayName: z.string(),
  expiresAt: z.iso.datetime(),
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number().nonnegative(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

/** Every 4xx/5xx body: a sentence for people, and the field paths at fault when the body was invalid. */
export const HttpErrorSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type HttpError = z.infer<typeof HttpErrorSchema>;
