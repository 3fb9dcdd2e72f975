// The records GatewayState keeps for conversations, offers and agents' routing history. Plain data, so a
// durable or Redis-backed state can store them as JSON. Policy (who gets what) lives in routing/.
import type { ConversationStatus } from '../../shared/domain/conversation';
import type { Channel, HandoffContext } from '../../shared/domain/handoff-context';

export interface ConversationRecord {
  /** Opaque gateway id: `c_` + random. */
  conversationId: string;
  status: ConversationStatus;
  queue: string;
  queueName: string;
  channel: Channel;
  /** 0..10, higher is served first. */
  priority: number;
  /** When the handoff arrived: the customer has been waiting since then. */
  createdAt: string;
  /** Arrival order, assigned by the state: breaks ties between equal timestamps. */
  seq: number;
  assignedTo: string | null;
  acceptedAt: string | null;
  /** The offer ringing now, if any. */
  offerId: string | null;
  /** Agents who rejected or missed this contact since everyone eligible last had it. */
  declinedBy: string[];
  /** The normalized context; never changed after intake. */
  context: HandoffContext;
}

export type NewConversation = Omit<ConversationRecord, 'seq'>;

export type ConversationPatch = Partial<Pick<ConversationRecord, 'status' | 'assignedTo' | 'acceptedAt' | 'offerId' | 'declinedBy'>>;

export interface ConversationFilter {
  status?: readonly ConversationStatus[];
  assignedTo?: string;
}

/** An offer that is still ringing. Offers that ended are removed, so a stale id finds nothing. */
export interface OfferRecord {
  offerId: string;
  conversationId: string;
  username: string;
  offeredAt: string;
  expiresAt: string;
}

/** An idempotency key for createConversation; `unlessStatus`: a conversation in one of these no longer holds it. */
export interface IdempotencyKey {
  key: string;
  unlessStatus?: readonly ConversationStatus[];
}
