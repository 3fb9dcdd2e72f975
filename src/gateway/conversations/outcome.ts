// What conversation operations return: a value, or a problem kind with a sentence for the caller. HTTP
// routes map the kind to a status code; socket handlers send the sentence as an `invalid-request` error.
import { nextStatus, type ConversationEvent } from '../../shared/domain/conversation-machine';
import type { GatewayState } from '../state/gateway-state';
import type { ConversationPatch, ConversationRecord } from '../state/records';

export type Problem = 'not-found' | 'not-yours' | 'conflict' | 'invalid';
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: Problem; message: string };

export const done = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refuse = (problem: Problem, message: string): Outcome<never> => ({ ok: false, problem, message });

export const unknownConversation = (id: string): Outcome<never> => refuse('not-found', `No conversation with the id "${id}"`);
export const NOT_YOURS = 'This conversation is not assigned to you';

/** Changes a conversation's status only as the state machine allows; `patch` is applied with it. */
export async function transition(
  state: GatewayState,
  record: ConversationRecord,
  event: ConversationEvent,
  patch: Omit<ConversationPatch, 'status'> = {},
): Promise<Outcome<ConversationRecord>> {
  const next = nextStatus(record.status, event);
  if (!next.ok) return refuse('conflict', next.error);
  const updated = await state.updateConversation(record.conversationId, { ...patch, status: next.status });
  return updated ? done(updated) : unknownConversation(record.conversationId);
}

/** The conversation when `username` owns it (or anyone may, with `username` null). */
export async function ownedConversation(state: GatewayState, conversationId: string, username: string | null): Promise<Outcome<ConversationRecord>> {
  const record = await state.getConversation(conversationId);
  if (!record) return unknownConversation(conversationId);
  if (username !== null && record.assignedTo !== username) return refuse('not-yours', NOT_YOURS);
  return done(record);
}
