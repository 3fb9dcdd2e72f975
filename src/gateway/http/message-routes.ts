// The channel connector's side of a live conversation (bot key): post customer messages and typing, read
// the agent's replies, and say the customer left. Validation and status codes only; behaviour is in the
// conversation service.
import { z } from 'zod';
import { MessageTextSchema } from '../../shared/domain/message';
import type { ConversationService } from '../conversations/conversation-service';
import type { Outcome, Problem } from '../conversations/outcome';
import { createKeyMatcher, requireBotKey } from './bot-auth';
import { HttpProblem } from './http-problem';
import type { Route } from './router';

export interface MessageRouteDeps {
  botKey: string | null;
  conversations: ConversationService;
}

const STATUS: Readonly<Record<Problem, number>> = { 'not-found': 404, 'not-yours': 403, conflict: 409, invalid: 400 };

export const CustomerMessageBodySchema = z.object({
  /** The channel's own message id: a repeated id is stored once. */
  id: z.string().trim().min(1, 'Give the channel\'s message id').max(200),
  text: MessageTextSchema,
});
export const TypingBodySchema = z.object({ typing: z.boolean() });

export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new HttpProblem(STATUS[outcome.problem], outcome.message);
  return outcome.value;
}

export function afterParam(url: URL): number {
  const raw = url.searchParams.get('after');
  if (raw === null || raw === '') return 0;
  const after = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(after)) throw new HttpProblem(400, `"after" must be a whole number of 0 or more (a message seq), got "${raw.slice(0, 50)}"`);
  return after;
}

export function messageRoutes(deps: MessageRouteDeps): Route[] {
  const matches = createKeyMatcher(deps.botKey);
  const { conversations } = deps;
  return [
    {
      method: 'POST',
      path: '/v1/conversations/:id/messages',
      handler: async (ctx) => {
        requireBotKey(ctx.req, deps.botKey, matches);
        const body = await ctx.readJson(CustomerMessageBodySchema);
        const { message, created } = unwrap(await conversations.receiveCustomerMessage(ctx.params.id ?? '', body));
        return { status: created ? 202 : 200, body: { seq: message.seq } };
      },
    },
    {
      method: 'GET',
      path: '/v1/conversations/:id/messages',
      handler: async (ctx) => {
        requireBotKey(ctx.req, deps.botKey, matches);
        const after = afterParam(ctx.url);
        return { status: 200, body: { messages: unwrap(await conversations.channelMessagesAfter(ctx.params.id ?? '', after)) } };
      },
    },
    {
      method: 'POST',
      path: '/v1/conversations/:id/typing',
      handler: async (ctx) => {
        requireBotKey(ctx.req, deps.botKey, matches);
        const { typing } = await ctx.readJson(TypingBodySchema);
        unwrap(await conversations.customerTyping(ctx.params.id ?? '', typing));
        return { status: 204, body: null };
      },
    },
    {
      method: 'POST',
      path: '/v1/conversations/:id/end',
      handler: async (ctx) => {
        requireBotKey(ctx.req, deps.botKey, matches);
        return { status: 200, body: unwrap(await conversations.customerEnded(ctx.params.id ?? '')) };
      },
    },
  ];
}
