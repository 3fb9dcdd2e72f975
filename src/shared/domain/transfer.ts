// Transfers: the sending agent's handover note travels with the conversation, so whoever takes it next
// sees everything the first agent saw plus what they were told, and the customer is never asked again.
import { z } from 'zod';
import { ConversationIdSchema } from './ids';

export const TransferTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queue'), queue: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('agent'), username: z.string().min(1).max(64) }),
]);
export type TransferTarget = z.infer<typeof TransferTargetSchema>;

export const TransferModeSchema = z.enum(['warm', 'cold']);

export const HandoverNoteSchema = z.string().trim().min(1, 'Write a handover note for the next agent').max(2000);

export const TransferRequestSchema = z.object({
  conversationId: ConversationIdSchema,
  target: TransferTargetSchema,
  /** Warm: the target is offered the contact while the customer waits and the sender keeps it until accepted. */
  mode: TransferModeSchema,
  note: HandoverNoteSchema,
});
export type TransferRequest = z.infer<typeof TransferRequestSchema>;

export const TransferRecordSchema = z.object({
  from: z.string(),
  fromName: z.string(),
  target: TransferTargetSchema,
  mode: TransferModeSchema,
  note: z.string(),
  at: z.iso.datetime(),
  /** Pending while a warm transfer waits for the target; done once they accepted; cancelled by the sender. */
  state: z.enum(['pending', 'done', 'cancelled']),
});
export type TransferRecord = z.infer<typeof TransferRecordSchema>;

/** Who a conversation can be transferred to, for the transfer dialog. */
export const DirectorySchema = z.object({
  queues: z.array(z.object({ id: z.string(), name: z.string() })),
  agents: z.array(z.object({ username: z.string(), displayName: z.string(), presence: z.string(), online: z.boolean() })),
});
export type Directory = z.infer<typeof DirectorySchema>;
