// The renderer <-> main contract. Channel names, request/response schemas and event payloads are
// declared here once; the preload allowlist, main-side validation, the browser-mode transport and
// the renderer's types are all derived from these two maps.
import { z } from 'zod';
import { AssignedConversationSchema, ConversationIdSchema, ConversationSummarySchema, OfferSchema, OfferWithdrawnSchema } from '../domain/conversation';
import { ConversationMessageSchema, MessageTextSchema, TypingSchema } from '../domain/message';
import { CallCommandRequestSchema } from '../domain/call';
import { CannedResponseSchema } from '../domain/canned';
import { DirectorySchema, TransferRequestSchema } from '../domain/transfer';
import { WrapUpDraftSchema, WrapUpNotesSchema } from '../domain/wrap-up';
import { LinkStateSchema } from '../domain/link';
import { PresenceSchema, SelectablePresenceSchema } from '../domain/presence';
import { UsernameSchema } from '../domain/role';
import { SessionSchema } from '../domain/session';
import { AgentStatusSchema } from '../domain/team';
import { WellbeingSuggestionSchema } from '../domain/wellbeing';
import type { Result } from './result';

export const GatewayUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the gateway URL')
  .pipe(z.url({ protocol: /^https?$/, error: 'Use an http:// or https:// URL, for example http://127.0.0.1:7400' }));

export const LoginFormSchema = z.object({
  gatewayUrl: GatewayUrlSchema,
  username: UsernameSchema,
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type LoginForm = z.infer<typeof LoginFormSchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  /** Which host runs the core: the Electron main process or the browser-mode web host. */
  mode: z.enum(['electron', 'browser']),
  /** Pre-fill for the login form (embedded demo gateway, or the last successful login). */
  defaults: z.object({
    gatewayUrl: z.string().nullable(),
    username: z.string().nullable(),
  }),
  /** Set when an embedded demo gateway runs: the login screen shows these demo hints. */
  demo: z.object({ users: z.array(z.string()), password: z.string() }).nullable(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

const NoRequest = z.undefined();

/** Counts the desktop shows outside the window (tray badge, taskbar, tab title). */
export const AttentionSchema = z.object({
  offers: z.number().int().min(0).max(999),
  unread: z.number().int().min(0).max(99_999),
});
export type Attention = z.infer<typeof AttentionSchema>;

/** Invoke channels: `domain:verb-noun`, each with its request and response. */
export const invokeContract = {
  'app:get-info': { request: NoRequest, response: AppInfoSchema },
  'session:log-in': { request: LoginFormSchema, response: SessionSchema },
  'session:log-out': { request: NoRequest, response: z.null() },
  'session:get': { request: NoRequest, response: SessionSchema.nullable() },
  'link:get-state': { request: NoRequest, response: LinkStateSchema },
  'presence:get': { request: NoRequest, response: PresenceSchema.nullable() },
  'presence:set': { request: z.object({ state: SelectablePresenceSchema }), response: PresenceSchema },
  'contact:accept': { request: z.object({ offerId: z.string().min(1).max(100) }), response: AssignedConversationSchema },
  'contact:reject': { request: z.object({ offerId: z.string().min(1).max(100) }), response: z.null() },
  /** Offers ringing now (after a renderer reload the offer card comes back). */
  'contact:list-offers': { request: NoRequest, response: z.array(OfferSchema) },
  /** The agent's conversations with their contexts: from the local cache at once, refreshed live. */
  'conversation:list': { request: NoRequest, response: z.array(AssignedConversationSchema) },
  /** The core makes the client id, so a retry after a dropped link is recognised by the gateway. */
  'message:send': { request: z.object({ conversationId: ConversationIdSchema, text: MessageTextSchema }), response: ConversationMessageSchema },
  'note:add': { request: z.object({ conversationId: ConversationIdSchema, text: MessageTextSchema }), response: ConversationMessageSchema },
  'conversation:end': { request: z.object({ conversationId: ConversationIdSchema }), response: ConversationSummarySchema },
  'wrapup:extend': { request: z.object({ conversationId: ConversationIdSchema }), response: ConversationSummarySchema },
  /** Persisted by the main process as the agent types: survives a crash or restart. */
  'wrapup:save-draft': {
    request: z.object({ conversationId: ConversationIdSchema, disposition: z.string().max(64).nullable(), notes: WrapUpNotesSchema }),
    response: WrapUpDraftSchema,
  },
  'wrapup:get-draft': { request: z.object({ conversationId: ConversationIdSchema }), response: WrapUpDraftSchema.nullable() },
  /** Submits the saved draft once (its idempotency key); the draft is removed when the gateway confirms. */
  'wrapup:submit': { request: z.object({ conversationId: ConversationIdSchema }), response: ConversationSummarySchema },
  'transfer:request': { request: TransferRequestSchema, response: ConversationSummarySchema },
  'transfer:cancel': { request: z.object({ conversationId: ConversationIdSchema }), response: ConversationSummarySchema },
  'directory:list': { request: NoRequest, response: DirectorySchema },
  'call:command': { request: CallCommandRequestSchema, response: ConversationSummarySchema },
  'canned:list': { request: NoRequest, response: z.array(CannedResponseSchema) },
  /** What needs the agent: the tray badge/tooltip in Electron (browser mode: the renderer's title and app badge). */
  'app:set-attention': { request: AttentionSchema, response: z.null() },
  /** Supervisors only: every configured agent's presence, load and wellbeing streak. */
  'team:list': { request: NoRequest, response: z.array(AgentStatusSchema) },
} as const;

/** Events main pushes to the renderer: `domain:past-or-state`. */
export const eventContract = {
  'link:state-changed': LinkStateSchema,
  'session:changed': SessionSchema.nullable(),
  'presence:changed': PresenceSchema.nullable(),
  'contact:offered': OfferSchema,
  'contact:offer-withdrawn': OfferWithdrawnSchema,
  'conversation:assigned': AssignedConversationSchema,
  'conversation:message': ConversationMessageSchema,
  'conversation:typing': TypingSchema,
  'conversation:updated': ConversationSummarySchema,
  /** A system notification was clicked: bring this conversation (or offer) forward. */
  'app:focus-conversation': z.object({ conversationId: ConversationIdSchema }),
  'wellbeing:suggestion': WellbeingSuggestionSchema,
  'team:agent-changed': AgentStatusSchema,
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type EventChannel = keyof typeof eventContract;
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['response']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventContract)[E]>;

export const INVOKE_CHANNELS = Object.keys(invokeContract) as InvokeChannel[];
export const EVENT_CHANNELS = Object.keys(eventContract) as EventChannel[];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && Object.hasOwn(invokeContract, value);
}
export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && Object.hasOwn(eventContract, value);
}

/** Arguments after the channel: none for channels whose request is `undefined`. */
export type InvokeArgs<C extends InvokeChannel> = InvokeRequest<C> extends undefined ? [] : [request: InvokeRequest<C>];

/** The one object the renderer sees as `window.baton`, in Electron and in browser mode alike. */
export interface BatonApi {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<Result<InvokeResponse<C>>>;
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** What a host (Electron main or the web host) must implement for every invoke channel. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (request: z.output<(typeof invokeContract)[C]['request']>) => Promise<InvokeResponse<C>>;
};

export type EventPublisher = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void;
