// The telephony connector's side of a voice conversation (bot key): report call events, and poll the
// agent's call commands (the same commands also go out through the channel's webhook). Validation and
// status codes only; behaviour is in the conversation service (conversations/call-flow.ts).
import { z } from 'zod';
import { CallEventTypeSchema } from '../../shared/domain/call';
import type { ConversationService } from '../conversations/conversation-service';
import { createKeyMatcher, requireBotKey } from './bot-auth';
import { afterParam, unwrap } from './message-routes';
import type { Route } from './router';

export interface CallRouteDeps {
  botKey: string | null;
  conversations: ConversationService;
}

export const CallEventBodySchema = z.object({
  type: CallEventTypeSchema,
  /** The connector's own event id: a repeated id changes nothing. */
  id: z.string().trim().min(1, "Give the connector's event id").max(200),
});

export function callRoutes(deps: CallRouteDeps): Route[] {
  const matches = createKeyMatcher(deps.botKey);
  const { conversations } = deps;
  return [
    {
      method: 'POST',
      path: '/v1/conversations/:id/call-events',
      handler: async (ctx) => {
        requireBotKey(ctx.req, deps.botKey, matches);
        const body = await ctx.readJson(CallEventBodySchema);
        const { summary, applied } = unwrap(await conversations.callEvent(ctx.params.id ?? '', body));
        return { status: 200, body: { applied, conversation: summary } };
      },
    },
    {
      method: 'GET',
      path: '/v1/conversations/:id/call-commands',
      handler: async (ctx) => {
        requireBotKey(ctx.req, deps.botKey, matches);
        const after = afterParam(ctx.url);
        return { status: 200, body: { commands: unwrap(await conversations.callCommandsAfter(ctx.params.id ?? '', after)) } };
      },
    },
  ];
}
