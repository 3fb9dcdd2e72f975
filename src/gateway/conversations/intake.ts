// Turns one bot payload into a stored, queued conversation: runs the format's adapter, validates the
// result as a HandoffContext, picks the queue and stores it atomically with its idempotency keys.
// Nothing is stored unless every step succeeded; HTTP concerns (auth, status codes) stay in http/.
import { HandoffContextSchema } from '../../shared/domain/handoff-context';
import type { Logger } from '../../shared/log';
import type { AdapterIssue, HandoffAdapter } from '../adapters/adapter';
import type { RoutingConfig } from '../config/routing-schema';
import { selectQueue } from '../routing/queue-selection';
import type { GatewayState } from '../state/gateway-state';
import type { ConversationRecord, IdempotencyKey } from '../state/records';

export interface IntakeDeps {
  state: GatewayState;
  routing: RoutingConfig;
  now: () => Date;
  log: Logger;
  newConversationId: () => string;
  /** Called after a conversation was created, so routing offers it. */
  onCreated: (conversation: ConversationRecord) => void;
}

export interface HandoffRequest {
  adapter: HandoffAdapter;
  payload: unknown;
  /** The client's `Idempotency-Key` header, already checked for shape. */
  idempotencyKey: string | null;
}

export type IntakeOutcome =
  | { kind: 'created'; conversation: ConversationRecord }
  | { kind: 'duplicate'; conversation: ConversationRecord }
  | { kind: 'invalid'; error: string; issues: AdapterIssue[] };

/** Once a conversation is over, its bot may hand the same customer over again under the same id. */
const CLOSED = ['ended', 'wrapped', 'abandoned'] as const;

const idempotencyKeyOf = (value: string): string => `header:${value}`;

function runAdapter(adapter: HandoffAdapter, payload: unknown, receivedAt: Date, log: Logger): ReturnType<HandoffAdapter['toContext']> {
  try {
    return adapter.toContext({ payload, receivedAt });
  } catch (error) {
    // Adapters must not throw; if one does, the bot still gets a clear answer instead of a 500.
    log.error('adapter threw', { format: adapter.format, error });
    return { ok: false, issues: [{ path: '', message: `The ${adapter.title} payload could not be read` }] };
  }
}

export async function receiveHandoff(deps: IntakeDeps, request: HandoffRequest): Promise<IntakeOutcome> {
  const { state, now, log } = deps;
  const { adapter, payload, idempotencyKey } = request;
  if (idempotencyKey !== null) {
    const earlier = await state.findConversationByKey(idempotencyKeyOf(idempotencyKey));
    if (earlier) return { kind: 'duplicate', conversation: earlier };
  }
  const receivedAt = now();
  const outcome = runAdapter(adapter, payload, receivedAt, log);
  if (!outcome.ok) return { kind: 'invalid', error: `This is not a ${adapter.title} payload the gateway can use`, issues: outcome.issues };
  const parsed = HandoffContextSchema.safeParse(outcome.context);
  if (!parsed.success) {
    // For native bodies the context is the body; for bot formats, `context.` marks the normalized side.
    const prefix = adapter.format === 'native' ? '' : 'context.';
    const issues = parsed.error.issues.map((i) => ({ path: `${prefix}${i.path.map(String).join('.')}`.replace(/\.$/, ''), message: i.message }));
    return { kind: 'invalid', error: 'The handoff context built from this payload is invalid', issues };
  }
  const context = parsed.data;
  const { queue, match } = selectQueue(context, deps.routing);
  const keys: IdempotencyKey[] = [{ key: `source:${adapter.format}:${context.source.conversationId}`, unlessStatus: CLOSED }];
  if (idempotencyKey !== null) keys.push({ key: idempotencyKeyOf(idempotencyKey) });
  const { conversation, created } = await state.createConversation(
    {
      conversationId: deps.newConversationId(),
      status: 'queued',
      queue: queue.id,
      queueName: queue.name,
      channel: context.channel,
      priority: context.routing.priority,
      createdAt: receivedAt.toISOString(),
      assignedTo: null,
      acceptedAt: null,
      offerId: null,
      declinedBy: [],
      endedAt: null,
      acwDeadline: null,
      wrapUp: null,
      context,
    },
    keys,
  );
  if (!created) return { kind: 'duplicate', conversation };
  log.info('handoff received', { conversationId: conversation.conversationId, format: adapter.format, queue: queue.id, match });
  deps.onCreated(conversation);
  return { kind: 'created', conversation };
}
