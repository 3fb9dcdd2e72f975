// A queue's wrap-up rules in the config file (all optional) and the policy they become: disposition codes,
// whether notes are required, how long after-contact work lasts and how much "extend" adds.
import { z } from 'zod';
import { DispositionSchema, type Disposition, type WrapUpPolicy } from '../../shared/domain/wrap-up';

export const DEFAULT_ACW_SECONDS = 60;
export const DEFAULT_EXTEND_SECONDS = 30;

export const DEFAULT_DISPOSITIONS: readonly Disposition[] = [
  { code: 'resolved', label: 'Resolved' },
  { code: 'follow-up', label: 'Needs follow-up' },
  { code: 'no-action', label: 'No action needed' },
];

export const QueueWrapUpSchema = z
  .strictObject({
    dispositions: z.array(DispositionSchema).min(1).max(50).optional(),
    notesRequired: z.boolean().optional(),
    acwSeconds: z.number().int().min(0).max(3600).optional(),
    extendSeconds: z.number().int().min(0).max(3600).optional(),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.dispositions?.forEach((d, index) => {
      if (seen.has(d.code)) ctx.addIssue({ code: 'custom', path: ['dispositions', index, 'code'], message: `duplicate disposition code "${d.code}"` });
      seen.add(d.code);
    });
  });
export type QueueWrapUp = z.infer<typeof QueueWrapUpSchema>;

export function toWrapUpPolicy(config: QueueWrapUp | undefined): WrapUpPolicy {
  return {
    dispositions: [...(config?.dispositions ?? DEFAULT_DISPOSITIONS)],
    notesRequired: config?.notesRequired ?? false,
    acwSeconds: config?.acwSeconds ?? DEFAULT_ACW_SECONDS,
    extendSeconds: config?.extendSeconds ?? DEFAULT_EXTEND_SECONDS,
  };
}
