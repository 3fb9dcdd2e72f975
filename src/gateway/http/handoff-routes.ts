// POST /v1/handoffs (native JSON) and POST /v1/handoffs/:format (a bot platform's own payload): the intake.
// Checks the bot key, the format and the body, then hands over to conversations/intake.ts; maps its
// outcome to 202 (new), 200 (repeat of an earlier handoff) or 400 (with the paths at fault).
import { z } from 'zod';
import { HANDOFF_FORMATS } from '../../shared/domain/handoff-context';
import type { HandoffAdapter } from '../adapters/adapter';
import { receiveHandoff, type IntakeDeps } from '../conversations/intake';
import { createKeyMatcher, requireBotKey } from './bot-auth';
import { HttpProblem } from './http-problem';
import type { JsonReply, Route, RouteContext } from './router';

export interface HandoffRouteDeps {
  botKey: string | null;
  getAdapter: (format: string) => HandoffAdapter | null;
  intake: IntakeDeps;
}

/** What the intake answers: the gateway's id for the conversation and the queue it went to. */
export interface HandoffAccepted {
  conversationId: string;
  queue: string;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function idempotencyKey(ctx: RouteContext): string | null {
  const header = ctx.req.headers['idempotency-key'];
  if (header === undefined) return null;
  if (typeof header !== 'string' || !IDEMPOTENCY_KEY.test(header)) {
    throw new HttpProblem(400, 'The Idempotency-Key header must be 1 to 255 printable characters without spaces');
  }
  return header;
}

function adapterFor(deps: HandoffRouteDeps, format: string): HandoffAdapter {
  const adapter = deps.getAdapter(format);
  if (adapter) return adapter;
  const known = HANDOFF_FORMATS.filter((f) => deps.getAdapter(f) !== null);
  throw new HttpProblem(404, `Unknown handoff format "${format}"; use one of: ${known.join(', ')}`);
}

export function handoffRoutes(deps: HandoffRouteDeps): Route[] {
  const matches = createKeyMatcher(deps.botKey);
  const handle = async (ctx: RouteContext, format: string): Promise<JsonReply> => {
    requireBotKey(ctx.req, deps.botKey, matches);
    const adapter = adapterFor(deps, format);
    const key = idempotencyKey(ctx);
    const payload = await ctx.readJson(z.unknown());
    const outcome = await receiveHandoff(deps.intake, { adapter, payload, idempotencyKey: key });
    if (outcome.kind === 'invalid') throw new HttpProblem(400, outcome.error, { issues: outcome.issues });
    const { conversationId, queue } = outcome.conversation;
    const body: HandoffAccepted = { conversationId, queue };
    const headers: Record<string, string> = { location: `/v1/conversations/${conversationId}` };
    if (outcome.kind === 'duplicate') return { status: 200, body, headers: { ...headers, 'idempotent-replayed': 'true' } };
    return { status: 202, body, headers };
  };
  return [
    { method: 'POST', path: '/v1/handoffs', handler: (ctx) => handle(ctx, 'native') },
    { method: 'POST', path: '/v1/handoffs/:format', handler: (ctx) => handle(ctx, ctx.params.format ?? '') },
  ];
}
