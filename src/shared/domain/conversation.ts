// Offers and assigned conversations as the gateway and the desktop exchange them.
import { z } from 'zod';
import { ChannelSchema, HandoffContextSchema } from './handoff-context';
import { ConversationIdSchema } from './ids';
import { CallStateSchema } from './call';
import { ConversationMessageSchema } from './message';
import { TransferRecordSchema } from './transfer';
import { WrapUpPolicySchema } from './wrap-up';

export { ConversationIdSchema };

export const ConversationStatusSchema = z.enum(['queued', 'offered', 'active', 'on-hold', 'ended', 'wrapped', 'abandoned']);
export type ConversationStatus = z.infer<typeof ConversationStatusSchema>;

/** An offer to one agent: the whole context travels with it, so the story shows before Accept. */
export const OfferSchema = z.object({
  offerId: z.string().min(1).max(100),
  conversationId: ConversationIdSchema,
  queue: z.string(),
  queueName: z.string(),
  /** When the customer started waiting (handoff received). */
  waitingSince: z.iso.datetime(),
  offeredAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  context: HandoffContextSchema,
  /** Set when this offer is a transfer: who sends it and their handover note. */
  transfer: TransferRecordSchema.nullable().default(null),
});
export type Offer = z.infer<typeof OfferSchema>;

export const OfferWithdrawnSchema = z.object({
  offerId: z.string(),
  conversationId: ConversationIdSchema,
  reason: z.enum(['rejected', 'timeout', 'abandoned', 'accepted', 'presence-changed', 'transfer-cancelled']),
});
export type OfferWithdrawn = z.infer<typeof OfferWithdrawnSchema>;

export const ConversationSummarySchema = z.object({
  conversationId: ConversationIdSchema,
  status: ConversationStatusSchema,
  queue: z.string(),
  queueName: z.string(),
  channel: ChannelSchema,
  assignedTo: z.string().nullable(),
  createdAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable().default(null),
  /** While in after-contact work: when it runs out (the agent may extend it). */
  acwDeadline: z.iso.datetime().nullable().default(null),
  /** Voice contacts only: the call as the telephony connector last reported it. */
  call: CallStateSchema.nullable().default(null),
});
export type ConversationSummary = z.infer<typeof ConversationSummarySchema>;

/** A conversation the agent owns, with its full context, the messages since the handover and its wrap-up rules. */
export const AssignedConversationSchema = z.object({
  conversation: ConversationSummarySchema,
  context: HandoffContextSchema,
  messages: z.array(ConversationMessageSchema).default([]),
  wrapUp: WrapUpPolicySchema.nullable().default(null),
  /** Earlier agents' transfers with their handover notes, oldest first (shown at the top of the context). */
  transfers: z.array(TransferRecordSchema).default([]),
});
export type AssignedConversation = z.infer<typeof AssignedConversationSchema>;
