// Baton's own handoff JSON: a HandoffContextInput without `source`, plus the bot's `conversationId`.
// Validated with the shared schema (our own contract, so limits are enforced, not truncated).
import { z } from 'zod';
import { HandoffContextSchema } from '../../shared/domain/handoff-context';
import { defineAdapter } from './context-helpers';

export const NativeHandoffSchema = HandoffContextSchema.omit({ source: true }).extend({
  conversationId: z.string().trim().min(1, 'conversationId is required').max(500),
});
export type NativeHandoff = z.input<typeof NativeHandoffSchema>;

export const nativeAdapter = defineAdapter('native', 'Baton native handoff JSON', ({ payload }) => {
  const parsed = NativeHandoffSchema.safeParse(payload);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.slice(0, 50).map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    };
  }
  const { conversationId, ...context } = parsed.data;
  return { ...context, source: { format: 'native', conversationId, raw: payload } };
});
