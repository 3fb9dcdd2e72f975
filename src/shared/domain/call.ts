// Voice call control (no audio here): the telephony connector reports call events, the agent's desktop
// sends commands back through the same connector.
import { z } from 'zod';
import { ConversationIdSchema } from './ids';

export const CallStateSchema = z.object({
  state: z.enum(['ringing', 'connected', 'on-hold', 'ended']),
  muted: z.boolean(),
  /** When the customer and agent were first connected (the call timer runs from here). */
  connectedAt: z.iso.datetime().nullable(),
  heldSince: z.iso.datetime().nullable(),
});
export type CallState = z.infer<typeof CallStateSchema>;

/** What the telephony connector reports (`POST /v1/conversations/{id}/call-events`). */
export const CallEventTypeSchema = z.enum(['ringing', 'answered', 'held', 'resumed', 'muted', 'unmuted', 'ended']);
export type CallEventType = z.infer<typeof CallEventTypeSchema>;

/** What the agent asks the connector to do. */
export const CallCommandSchema = z.enum(['answer', 'hold', 'resume', 'mute', 'unmute', 'end']);
export type CallCommand = z.infer<typeof CallCommandSchema>;

export const CallCommandRequestSchema = z.object({ conversationId: ConversationIdSchema, command: CallCommandSchema });
