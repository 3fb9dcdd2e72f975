// Canned responses: the team's saved replies with context variables ({{customer.firstName}},
// {{fact.orderNumber}}). A variable the context cannot fill is reported, never sent blank.
import { z } from 'zod';

export const CannedResponseSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().min(1).max(120),
  text: z.string().min(1).max(2000),
  tags: z.array(z.string().max(40)).max(20).default([]),
});
export type CannedResponse = z.infer<typeof CannedResponseSchema>;
