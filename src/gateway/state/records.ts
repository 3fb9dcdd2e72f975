// The records GatewayState keeps for conversations, offers and agents' routing history. Plain data, so a
// durable or Redis-backed state can store them as JSON. Policy (who gets what) lives in routing/.
import type { CallCommand, CallState } from '../../shared/domain/call';
import type { ConversationStatus } from '../../shared/domain/conversation';
import type { Channel, HandoffContext } from '../../shared/domain/handoff-context';
import type { ConversationMessage, MessageKind } from '../../shared/domain/message';
import type { TransferRecord } from '../../shared/domain/transfer';

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
  endedAt: string | null;
  /** While the agent is in after-contact work for it; null before the end and once that work is over. */
  acwDeadline: string | null;
  /** The submitted wrap-up; at most one, kept so a resubmission gets the same answer. */
  wrapUp: WrapUpRecord | null;
  /** Voice contacts only, once the telephony connector reported something (see conversations/call-flow). */
  voice?: VoiceRecord;
  /** Transfers with their handover notes, oldest first (absent: never transferred). */
  transfers?: TransferRecord[];
}

/** A voice contact's call as the connector reported it, the event ids seen and the agent's commands. */
export interface VoiceRecord {
  call: CallState | null;
  eventIds: string[];
  commands: CallCommandEntry[];
}

/** A command the agent asked the connector to carry out; `seq` numbers them per conversation from 1. */
export interface CallCommandEntry {
  seq: number;
  id: string;
  command: CallCommand;
  requestedBy: string;
  at: string;
}

export interface WrapUpRecord {
  idempotencyKey: string;
  disposition: string;
  notes: string;
  by: string;
  at: string;
}

export type NewConversation = Omit<ConversationRecord, 'seq'>;

export type ConversationPatch = Partial<
  Pick<ConversationRecord, 'status' | 'assignedTo' | 'acceptedAt' | 'offerId' | 'declinedBy' | 'endedAt' | 'acwDeadline' | 'wrapUp' | 'voice' | 'transfers' | 'queue' | 'queueName'>
>;

/** A message before the state numbers it; `dedupKey` names it within its conversation (a retry repeats it). */
export type NewMessage = Omit<ConversationMessage, 'seq'>;

export interface MessageQuery {
  afterSeq?: number;
  /** Only these kinds (default: all). */
  kinds?: readonly MessageKind[];
}

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
