// How a ringing offer ends: accepted, rejected, timed out, withdrawn because the customer left or the agent
// stopped being available. Each ending updates GatewayState, stops the ring timer and tells the agent.
import { fail, ok, type Result } from '../../shared/contract/result';
import type { AssignedConversation, OfferWithdrawn } from '../../shared/domain/conversation';
import { canReceiveOffers, type Presence } from '../../shared/domain/presence';
import { loadAssigned } from '../conversations/assigned-view';
import { transition } from '../conversations/outcome';
import { isWarmTransferOffer } from '../conversations/transfer-record';
import { acceptWarmTransfer, warmTransferEnded } from '../conversations/warm-transfer';
import type { ConversationRecord, OfferRecord } from '../state/records';
import type { RoutingDeps } from './routing-deps';

const GONE = 'This offer is no longer open: it was accepted, rejected or withdrawn, or it timed out';
const NOT_YOURS = 'This offer was made to another agent';

/** Ends a ringing offer (one caller wins a race) and tells its agent's desktops why. */
async function endOffer(deps: RoutingDeps, offerId: string, reason: OfferWithdrawn['reason']): Promise<OfferRecord | null> {
  const offer = await deps.state.takeOffer(offerId);
  if (!offer) return null;
  deps.scheduler.cancel(offerId);
  deps.notify.toUser(offer.username, 'offer:withdrawn', { offerId, conversationId: offer.conversationId, reason });
  deps.log.info('offer ended', { offerId, conversationId: offer.conversationId, username: offer.username, reason });
  return offer;
}

/** Puts the contact back in its queue; `declined` marks the agent who passed on it. */
async function requeue(deps: RoutingDeps, offer: OfferRecord, declined: boolean): Promise<void> {
  const conversation = await deps.state.getConversation(offer.conversationId);
  if (conversation && isWarmTransferOffer(conversation, offer.offerId)) {
    await warmTransferEnded(deps, conversation);
    return;
  }
  if (conversation?.status !== 'offered' || conversation.offerId !== offer.offerId) return;
  const declinedBy = declined && !conversation.declinedBy.includes(offer.username) ? [...conversation.declinedBy, offer.username] : conversation.declinedBy;
  const moved = await transition(deps.state, conversation, 'decline', { offerId: null, declinedBy });
  if (!moved.ok) deps.log.warn('requeue refused', { conversationId: offer.conversationId, reason: moved.message });
}

async function ownOffer(deps: RoutingDeps, username: string, offerId: string): Promise<Result<OfferRecord>> {
  const offer = await deps.state.getOffer(offerId);
  if (!offer) return fail('invalid-request', GONE);
  if (offer.username !== username) return fail('invalid-request', NOT_YOURS);
  return ok(offer);
}

export async function acceptOffer(deps: RoutingDeps, username: string, offerId: string): Promise<Result<AssignedConversation>> {
  const owned = await ownOffer(deps, username, offerId);
  if (!owned.ok) return owned;
  const offer = await endOffer(deps, offerId, 'accepted');
  if (!offer) return fail('invalid-request', GONE);
  const at = deps.now().toISOString();
  const conversation = await deps.state.getConversation(offer.conversationId);
  if (!conversation) return fail('invalid-request', 'This conversation no longer exists');
  if (isWarmTransferOffer(conversation, offer.offerId)) {
    const moved = await acceptWarmTransfer(deps, conversation, username);
    return moved.ok ? ok(moved.value) : fail('invalid-request', moved.message);
  }
  const accepted = await transition(deps.state, conversation, 'accept', { assignedTo: username, acceptedAt: at, offerId: null, declinedBy: [] });
  if (!accepted.ok) return fail('invalid-request', accepted.message);
  await deps.state.setLastAssignedAt(username, at);
  const assigned = await loadAssigned(deps, accepted.value);
  deps.notify.toUser(username, 'conversation:assigned', assigned);
  return ok(assigned);
}

export async function rejectOffer(deps: RoutingDeps, username: string, offerId: string): Promise<Result<null>> {
  const owned = await ownOffer(deps, username, offerId);
  if (!owned.ok) return owned;
  const offer = await endOffer(deps, offerId, 'rejected');
  if (!offer) return fail('invalid-request', GONE);
  await requeue(deps, offer, true);
  return ok(null);
}

/** The agent let it ring out: the contact moves on and the agent is marked not responding. */
export async function ringTimedOut(deps: RoutingDeps, offerId: string): Promise<void> {
  const offer = await endOffer(deps, offerId, 'timeout');
  if (!offer) return;
  await requeue(deps, offer, true);
  const current = await deps.state.getPresence(offer.username);
  if (!canReceiveOffers(current.state)) return;
  const presence: Presence = { state: 'not-responding', since: deps.now().toISOString() };
  await deps.state.setPresence(offer.username, presence);
  deps.notify.toUser(offer.username, 'presence:changed', presence);
}

/** An agent who is no longer available stops ringing; their contacts go back to the queue. */
export async function presenceChanged(deps: RoutingDeps, username: string, presence: Presence): Promise<void> {
  if (canReceiveOffers(presence.state)) return;
  for (const ringing of await deps.state.listOffers(username)) {
    const offer = await endOffer(deps, ringing.offerId, 'presence-changed');
    if (offer) await requeue(deps, offer, false);
  }
}

export type AbandonOutcome = { kind: 'abandoned'; conversation: ConversationRecord } | { kind: 'unknown' } | { kind: 'not-waiting'; conversation: ConversationRecord };

/** The customer left before an agent took the contact. Repeating it changes nothing. */
export async function abandonConversation(deps: RoutingDeps, conversationId: string): Promise<AbandonOutcome> {
  const conversation = await deps.state.getConversation(conversationId);
  if (!conversation) return { kind: 'unknown' };
  if (conversation.status === 'abandoned') return { kind: 'abandoned', conversation };
  if (conversation.status !== 'queued' && conversation.status !== 'offered') return { kind: 'not-waiting', conversation };
  if (conversation.offerId !== null) await endOffer(deps, conversation.offerId, 'abandoned');
  const current = (await deps.state.getConversation(conversationId)) ?? conversation;
  const abandoned = await transition(deps.state, current, 'abandon', { offerId: null });
  deps.log.info('conversation abandoned', { conversationId });
  return abandoned.ok ? { kind: 'abandoned', conversation: abandoned.value } : { kind: 'not-waiting', conversation: current };
}
