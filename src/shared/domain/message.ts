// Messages of a live conversation after the handover: customer and agent messages, and internal notes
// (agents and supervisors only, never sent to the customer). Each carries the conversation's sequence number.
import { z } from 'zod';
import { ConversationIdSchema } from './ids';

export const MessageKindSchema = z.enum(['message', 'note']);
export type MessageKind = z.infer<typeof MessageKindSchema>;

export const MessageTextSchema = z.string().trim().min(1, 'Write something first').max(5000, 'A message has at most 5,000 characters');

export const ConversationMessageSchema = z.object({
  conversationId: ConversationIdSchema,
  /** Position in the conversation's ordered log (1, 2, 3 ...): receivers drop duplicates and see gaps. */
  seq: z.number().int().positive(),
  /** The channel's own message id (customer messages) or the desktop's client-made id (agent messages, notes). */
  id: z.string().min(1).max(200),
  kind: MessageKindSchema,
  from: z.enum(['customer', 'agent', 'system']),
  /** Agent username for agent messages and notes; null otherwise. */
  author: z.string().nullable(),
  authorName: z.string().nullable(),
  text: MessageTextSchema,
  at: z.iso.datetime(),
});
export type ConversationMessage = z.infer<typeof ConversationMessageSchema>;

export const TypingSchema = z.object({ conversationId: ConversationIdSchema, typing: z.boolean() });
export type Typing = z.infer<typeof TypingSchema>;
