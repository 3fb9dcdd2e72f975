// How a warm transfer's offer ends: the target accepts (the conversation moves to them), or it is
// withdrawn, rejected or rings out (the sender keeps it and is told). Called from the offer lifecycle and
// the transfer flow inside the routing engine's queue; it never routes by itself.
import type { AssignedConversation } from '../../shared/domain/conversation';
import type { RoutingDeps } from '../routing/routing-deps';
import type { ConversationRecord } from '../state/records';
import { loadAssigned } from './assigned-view';
import { toSummary } from './conversation-views';
import { done, refuse, type Outcome } from './outcome';
import { addTransferLine, pendingTransfer, settleLatest } from './transfer-record';

/** The target took it: the sender loses it (their desktop is told), the target gets it with everything. */
export async function acceptWarmTransfer(deps: RoutingDeps, record: ConversationRecord, username: string): Promise<Outcome<AssignedConversation>> {
  const transfer = pendingTransfer(record);
  if (!transfer) return refuse('conflict', 'This transfer is no longer pending');
  const at = deps.now().toISOString();
  const sender = record.assignedTo;
  await addTransferLine(deps, record, transfer, sender);
  const moved = await deps.state.updateConversation(record.conversationId, {
    assignedTo: username,
    acceptedAt: at,
    offerId: null,
    declinedBy: [],
    transfers: settleLatest(record, 'done'),
  });
  if (!moved) return refuse('not-found', 'This conversation no longer exists');
  await deps.state.setLastAssignedAt(username, at);
  if (sender !== null) deps.notify.toUser(sender, 'conversation:updated', toSummary(moved));
  const assigned = await loadAssigned(deps, moved);
  deps.notify.toUser(username, 'conversation:assigned', assigned);
  deps.log.info('warm transfer done', { conversationId: record.conversationId, from: sender, to: username });
  return done(assigned);
}

/**
 * The warm offer ended without the target taking it (rejected, rang out, withdrawn): the transfer is
 * cancelled and the sender, who kept the conversation all along, is told with a `conversation:updated`.
 */
export async function warmTransferEnded(deps: RoutingDeps, record: ConversationRecord): Promise<ConversationRecord> {
  if (!pendingTransfer(record)) return record;
  const kept = (await deps.state.updateConversation(record.conversationId, { offerId: null, transfers: settleLatest(record, 'cancelled') })) ?? record;
  if (kept.assignedTo !== null) deps.notify.toUser(kept.assignedTo, 'conversation:updated', toSummary(kept));
  deps.log.info('warm transfer cancelled', { conversationId: record.conversationId });
  return kept;
}

/** Withdraws the ringing warm offer (the sender cancelled, or the conversation ended) and cancels the transfer. */
export async function withdrawWarmTransfer(deps: RoutingDeps, record: ConversationRecord): Promise<ConversationRecord> {
  if (!pendingTransfer(record)) return record;
  const offerId = record.offerId;
  if (offerId !== null) {
    const offer = await deps.state.takeOffer(offerId);
    deps.scheduler.cancel(offerId);
    if (offer) deps.notify.toUser(offer.username, 'offer:withdrawn', { offerId, conversationId: record.conversationId, reason: 'transfer-cancelled' });
  }
  return warmTransferEnded(deps, record);
}
