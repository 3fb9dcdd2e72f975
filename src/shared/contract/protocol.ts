// The gateway <-> desktop socket.io protocol. Both ends parse every event with these schemas, and
// socket.io's typed Socket<ServerToClient, ClientToServer> maps are derived from them.
import { z } from 'zod';
import { AssignedConversationSchema, ConversationIdSchema, ConversationSummarySchema, OfferSchema, OfferWithdrawnSchema } from '../domain/conversation';
import { ConversationMessageSchema, MessageTextSchema, TypingSchema } from '../domain/message';
import { CallCommandRequestSchema } from '../domain/call';
import { CannedResponseSchema } from '../domain/canned';
import { DirectorySchema, TransferRequestSchema } from '../domain/transfer';
import { WrapUpSubmissionSchema } from '../domain/wrap-up';
import { PresenceSchema, SelectablePresenceSchema } from '../domain/presence';
import { RoleSchema, UsernameSchema } from '../domain/role';
import { AgentStatusSchema } from '../domain/team';
import { WellbeingSuggestionSchema } from '../domain/wellbeing';
import { resultSchema, type Result } from './result';

/** Why the gateway refused a connection; sent as `connect_error` data and shown to the agent. */
export const AuthRefusalCodeSchema = z.enum(['missing-token', 'bad-token', 'expired-token', 'unknown-user', 'session-replaced']);
export type AuthRefusalCode = z.infer<typeof AuthRefusalCodeSchema>;
export const AuthRefusalSchema = z.object({ code: AuthRefusalCodeSchema, message: z.string() });
export type AuthRefusal = z.infer<typeof AuthRefusalSchema>;

/** The handshake `auth` object a desktop sends. */
export const HandshakeAuthSchema = z.object({ token: z.string().min(1) });

export const SessionReadySchema = z.object({
  username: UsernameSchema,
  displayName: z.string(),
  role: RoleSchema,
  presence: PresenceSchema,
  serverTime: z.iso.datetime(),
});
export type SessionReady = z.infer<typeof SessionReadySchema>;

export const EchoSchema = z.object({ n: z.number().int().nonnegative(), sentAt: z.number() });

/** Server -> client events (no acks). */
export const serverEvents = {
  'session:ready': SessionReadySchema,
  'presence:changed': PresenceSchema,
  /** A contact is offered to this agent; the full context travels with it. */
  'offer:created': OfferSchema,
  /** The offer is gone (rejected, timed out, customer abandoned, accepted on another desktop). */
  'offer:withdrawn': OfferWithdrawnSchema,
  /** The agent now owns this conversation (accepted here or on another desktop of the same agent). */
  'conversation:assigned': AssignedConversationSchema,
  /** A new message or note in one of this agent's conversations (also echoes the agent's own). */
  'conversation:message': ConversationMessageSchema,
  /** The customer started or stopped typing. */
  'conversation:typing': TypingSchema,
  /** Status changes: ended, after-contact work deadline, wrapped, abandoned. */
  'conversation:updated': ConversationSummarySchema,
  /** This desktop session was replaced by a newer login of the same agent; it is disconnected next. */
  'session:taken-over': z.object({ reason: z.string() }),
  /** Very negative contacts in a row reached the configured streak: suggest a recovery break. */
  'wellbeing:suggestion': WellbeingSuggestionSchema,
  /** Supervisors only: an agent's presence, load or streak changed. */
  'team:agent-changed': AgentStatusSchema,
} as const;

/** An agent-made message or note: `clientId` is made on the desktop so a retry is recognised. */
const OutgoingTextSchema = z.object({
  conversationId: ConversationIdSchema,
  clientId: z.string().min(8).max(100),
  text: MessageTextSchema,
});
const ConversationRefSchema = z.object({ conversationId: ConversationIdSchema });

const OfferRefSchema = z.object({ offerId: z.string().min(1).max(100) });

/** What the desktop asks for after every (re)connect: everything it should be showing. */
export const WorkSnapshotSchema = z.object({
  offers: z.array(OfferSchema),
  conversations: z.array(AssignedConversationSchema),
});
export type WorkSnapshot = z.infer<typeof WorkSnapshotSchema>;

/** Client -> server requests; each is acknowledged with a Result. */
export const clientRequests = {
  'presence:set': { request: z.object({ state: SelectablePresenceSchema }), response: PresenceSchema },
  /** Round-trip probe used by the benchmark floor and by link health checks. */
  'diag:echo': { request: EchoSchema, response: EchoSchema },
  'offer:accept': { request: OfferRefSchema, response: AssignedConversationSchema },
  'offer:reject': { request: OfferRefSchema, response: z.null() },
  'work:snapshot': { request: z.object({}), response: WorkSnapshotSchema },
  'message:send': { request: OutgoingTextSchema, response: ConversationMessageSchema },
  'note:add': { request: OutgoingTextSchema, response: ConversationMessageSchema },
  'messages:since': {
    request: z.object({ conversationId: ConversationIdSchema, afterSeq: z.number().int().nonnegative() }),
    response: z.array(ConversationMessageSchema),
  },
  'conversation:end': { request: ConversationRefSchema, response: ConversationSummarySchema },
  /** Adds the queue's `extendSeconds` to the after-contact work deadline. */
  'wrapup:extend': { request: ConversationRefSchema, response: ConversationSummarySchema },
  'wrapup:submit': { request: WrapUpSubmissionSchema, response: ConversationSummarySchema },
  'transfer:request': { request: TransferRequestSchema, response: ConversationSummarySchema },
  /** Withdraws a pending warm transfer; the sender keeps the conversation. */
  'transfer:cancel': { request: ConversationRefSchema, response: ConversationSummarySchema },
  'directory:list': { request: z.object({}), response: DirectorySchema },
  'call:command': { request: CallCommandRequestSchema, response: ConversationSummarySchema },
  'canned:list': { request: z.object({}), response: z.array(CannedResponseSchema) },
  /** Supervisors only (agents get `forbidden`): every configured agent's status. */
  'team:list': { request: z.object({}), response: z.array(AgentStatusSchema) },
} as const;

export type ServerEventName = keyof typeof serverEvents;
export type ClientRequestName = keyof typeof clientRequests;
export type ClientRequest<R extends ClientRequestName> = z.infer<(typeof clientRequests)[R]['request']>;
export type ClientResponse<R extends ClientRequestName> = z.infer<(typeof clientRequests)[R]['response']>;

export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: z.infer<(typeof serverEvents)[E]>) => void;
};
export type ClientToServerEvents = {
  [R in ClientRequestName]: (payload: ClientRequest<R>, ack: (result: Result<ClientResponse<R>>) => void) => void;
};

export function ackSchema<R extends ClientRequestName>(name: R) {
  return resultSchema(clientRequests[name].response);
}

export const SERVER_EVENT_NAMES = Object.keys(serverEvents) as ServerEventName[];
export const CLIENT_REQUEST_NAMES = Object.keys(clientRequests) as ClientRequestName[];
