// GET /v1/conversations/:id (bot key or supervisor token) and POST /v1/conversations/:id/abandon (bot key):
// what the gateway knows about one conversation, and the bot telling it the customer left.
import type { ConversationSummary } from '../../shared/domain/conversation';
import type { HandoffContext } from '../../shared/domain/handoff-context';
import { toSummary } from '../conversations/conversation-views';
import type { RoutingEngine } from '../routing/routing-engine';
import type { GatewayState } from '../state/gateway-state';
import type { WrapUpRecord } from '../state/records';
import { createKeyMatcher, requireBotKey, requireBotOrSupervisor, type CallerAuth } from './bot-auth';
import { HttpProblem } from './http-problem';
import type { Route } from './router';

export interface ConversationRouteDeps extends CallerAuth {
  state: GatewayState;
  routing: RoutingEngine;
}

export interface ConversationView {
  conversation: ConversationSummary;
  context: HandoffContext;
  /** The submitted wrap-up, once there is one. */
  wrapUp: WrapUpRecord | null;
}

const notFound = (id: string): HttpProblem => new HttpProblem(404, `No conversation with the id "${id}"`);

export function conversationRoutes(deps: ConversationRouteDeps): Route[] {
  const matches = createKeyMatcher(deps.botKey);
  return [
    {
      method: 'GET',
      path: '/v1/conversations/:id',
      handler: async (ctx) => {
        await requireBotOrSupervisor(ctx.req, deps, matches);
        const id = ctx.params.id ?? '';
        const record = await deps.state.getConversation(id);
        if (!record) throw notFound(id);
        const body: ConversationView = { conversation: toSummary(record), context: record.context, wrapUp: record.wrapUp };
        return { status: 200, body };
      },
    },
    {
      method: 'POST',
      path: '/v1/conversations/:id/abandon',
      handler: async (ctx) => {
        requireBotKey(ctx.req, deps.botKey, matches);
        const id = ctx.params.id ?? '';
        const outcome = await deps.routing.abandon(id);
        switch (outcome.kind) {
          case 'unknown':
            throw notFound(id);
          case 'not-waiting':
            throw new HttpProblem(409, `The conversation is already with an agent (status ${outcome.conversation.status}); only a waiting contact can be abandoned`);
          case 'abandoned':
            return { status: 202, body: toSummary(outcome.conversation) };
        }
      },
    },
  ];
}
