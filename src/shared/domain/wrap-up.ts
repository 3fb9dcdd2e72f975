// Wrap-up after a contact ends: the queue's disposition codes and rules, the agent's draft (persisted by
// the main process as it is typed) and the submission (sent once, with an idempotency key).
import { z } from 'zod';
import { ConversationIdSchema } from './ids';

export const DispositionSchema = z.object({ code: z.string().min(1).max(64), label: z.string().min(1).max(100) });
export type Disposition = z.infer<typeof DispositionSchema>;

export const WrapUpPolicySchema = z.object({
  dispositions: z.array(DispositionSchema).min(1),
  notesRequired: z.boolean(),
  /** After-contact work: how long the agent has before the gateway makes them Available again. */
  acwSeconds: z.number().int().min(0),
  /** How much one "extend" adds. */
  extendSeconds: z.number().int().min(0),
});
export type WrapUpPolicy = z.infer<typeof WrapUpPolicySchema>;

export const WrapUpNotesSchema = z.string().max(5000, 'Notes have at most 5,000 characters');

export const WrapUpDraftSchema = z.object({
  conversationId: ConversationIdSchema,
  disposition: z.string().max(64).nullable(),
  notes: WrapUpNotesSchema,
  /** Made when the draft is first saved and kept, so a resubmission after a crash is the same submission. */
  idempotencyKey: z.string().min(8).max(100),
  updatedAt: z.iso.datetime(),
});
export type WrapUpDraft = z.infer<typeof WrapUpDraftSchema>;

export const WrapUpSubmissionSchema = z.object({
  conversationId: ConversationIdSchema,
  idempotencyKey: z.string().min(8).max(100),
  disposition: z.string().min(1, 'Choose a disposition').max(64),
  notes: WrapUpNotesSchema,
});
export type WrapUpSubmission = z.infer<typeof WrapUpSubmissionSchema>;

/** The rules both sides apply: a known disposition, and notes when the queue requires them. */
export function wrapUpProblems(policy: WrapUpPolicy, submission: Pick<WrapUpSubmission, 'disposition' | 'notes'>): string[] {
  const problems: string[] = [];
  if (!policy.dispositions.some((d) => d.code === submission.disposition)) problems.push('Choose a disposition');
  if (policy.notesRequired && submission.notes.trim() === '') problems.push('Notes are required for this queue');
  return problems;
}
