// The gateway's mutable state, behind one interface so the in-memory implementation can later be replaced
// by durable or Redis-backed ones. Async throughout because those will be. Holds no policy: callers decide.
import type { ConversationMessage } from '../../shared/domain/message';
import type { Presence, PresenceState } from '../../shared/domain/presence';
import type { Role } from '../../shared/domain/role';
import type { ConversationFilter, ConversationPatch, ConversationRecord, IdempotencyKey, MessageQuery, NewConversation, NewMessage, OfferRecord } from './records';

/** One connected desktop socket. A user may have several (two windows, a reconnect overlapping). */
export interface SessionRecord {
  socketId: string;
  username: string;
  role: Role;
  connectedAt: string;
}

/** What claiming a desktop session id found (see claimDesktopSession). */
export type SessionClaim =
  | { status: 'current' }
  | { status: 'took-over'; replacedSid: string }
  | { status: 'replaced'; replacedAt: string };

export interface GatewayState {
  /** A user's presence; users never seen are `offline` since the state was created. */
  getPresence(username: string): Promise<Presence>;
  setPresence(username: string, presence: Presence): Promise<void>;
  addSession(session: SessionRecord): Promise<void>;
  /** Removes and returns the session, or null when it was not known. */
  removeSession(socketId: string): Promise<SessionRecord | null>;
  /** Connected sessions, of one user or of everyone. */
  listSessions(username?: string): Promise<SessionRecord[]>;
  /**
   * Atomically: makes `sid` (one login's session id) the user's current desktop session. `replaced` when a
   * newer login already took over from it (or it is older than the current one); `took-over` names the sid
   * it replaced; `current` when it already was, or the user had none. `at` is when, `issuedAt` the login time.
   */
  claimDesktopSession(username: string, claim: { sid: string; issuedAt: string; at: string }): Promise<SessionClaim>;

  /**
   * Atomically: when any of `keys` already names a conversation (whose status is not in that key's
   * `unlessStatus`), returns it with `created: false`; otherwise stores `draft`, points all the keys at it
   * and returns it with `created: true`.
   */
  createConversation(draft: NewConversation, keys: readonly IdempotencyKey[]): Promise<{ conversation: ConversationRecord; created: boolean }>;
  findConversationByKey(key: string): Promise<ConversationRecord | null>;
  getConversation(conversationId: string): Promise<ConversationRecord | null>;
  /** Applies the patch and returns the new record, or null when the conversation is unknown. */
  updateConversation(conversationId: string, patch: ConversationPatch): Promise<ConversationRecord | null>;
  /** In arrival order. */
  listConversations(filter?: ConversationFilter): Promise<ConversationRecord[]>;

  addOffer(offer: OfferRecord): Promise<void>;
  getOffer(offerId: string): Promise<OfferRecord | null>;
  /** Atomically removes and returns a ringing offer; null when it already ended (one caller wins a race). */
  takeOffer(offerId: string): Promise<OfferRecord | null>;
  /** Ringing offers, of one agent or of everyone. */
  listOffers(username?: string): Promise<OfferRecord[]>;

  /**
   * Atomically: when `dedupKey` already names a message of this conversation, returns it with
   * `created: false`; otherwise numbers the message (the conversation's next seq, from 1) and stores it.
   */
  appendMessage(message: NewMessage, dedupKey: string): Promise<{ message: ConversationMessage; created: boolean }>;
  /** In seq order. */
  listMessages(conversationId: string, query?: MessageQuery): Promise<ConversationMessage[]>;

  /** The presence to go back to when after-contact work ends; null when none is pending. */
  getResumePresence(username: string): Promise<PresenceState | null>;
  setResumePresence(username: string, state: PresenceState | null): Promise<void>;

  /** When the agent was last given a conversation; null if never. */
  getLastAssignedAt(username: string): Promise<string | null>;
  setLastAssignedAt(username: string, at: string): Promise<void>;

  /** Very negative contacts in a row for this agent (0 when never set); the wellbeing tracker decides. */
  getNegativeStreak(username: string): Promise<number>;
  setNegativeStreak(username: string, streak: number): Promise<void>;

  close(): Promise<void>;
}
