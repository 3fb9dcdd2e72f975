// Transfer with context: the owner hands an active or on-hold conversation to a queue or a named agent,
// cold (released at once; back to routing or offered to the agent) or warm (the target is offered it while
// the sender keeps it). Runs inside the routing engine's queue (the conversation service sees to that).
import type { ConversationSummary } from '../../shared/domain/conversation';
import type { Directory, TransferRecord, TransferRequest } from '../../shared/domain/transfer';
import type { RoutingDeps } from '../routing/routing-deps';
import type { ConversationRecord, OfferRecord } from '../state/records';
import { toOffer, toSummary } from './conversation-views';
import { done, ownedConversation, refuse, transition, type Outcome } from './outcome';
import { addTransferLine, pendingTransfer } from './transfer-record';
import { withdrawWarmTransfer } from './warm-transfer';

export type RingTimeout = (offerId: string) => void;

/** Who can take a transfer: every queue and every other agent, with presence and whether a desktop is connected. */
export async function directoryFor(deps: RoutingDeps, username: string): Promise<Directory> {
  const names = deps.users.usernames().filter((name) => name !== username && deps.users.find(name)?.role === 'agent');
  const agents = await Promise.all(
    names.map(async (name) => {
      const [presence, sessions] = await Promise.all([deps.state.getPresence(name), deps.state.listSessions(name)]);
      return { username: name, displayName: deps.users.find(name)?.displayName ?? name, presence: presence.state, online: sessions.length > 0 && presence.state !== 'offline' };
    }),
  );
  return { queues: deps.routing.queues.map((q) => ({ id: q.id, name: q.name })), agents };
}

/** Checks the target before anything changes: a refusal leaves the conversation as it was. */
async function checkTarget(deps: RoutingDeps, username: string, request: TransferRequest): Promise<Outcome<null>> {
  const { target } = request;
  if (target.kind === 'queue') {
    return deps.routing.queues.some((q) => q.id === target.queue) ? done(null) : refuse('invalid', `There is no queue "${target.queue}"`);
  }
  if (target.username === username) return refuse('invalid', 'You cannot transfer a conversation to yourself');
  const user = deps.users.find(target.username);
  if (user?.role !== 'agent') return refuse('invalid', `There is no agent "${target.username}"`);
  const [presence, sessions] = await Promise.all([deps.state.getPresence(user.username), deps.state.listSessions(user.username)]);
  if (sessions.length === 0 || presence.state === 'offline') return refuse('conflict', `${user.displayName} is offline; choose someone who is online or a queue`);
  return done(null);
}

/** Rings `username` for the conversation outside a routing pass (a named or a warm transfer). */
async function ring(deps: RoutingDeps, record: ConversationRecord, username: string, onTimeout: RingTimeout): Promise<OfferRecord> {
  const offeredAt = deps.now();
  const ringMs = Math.round(deps.routing.ringTimeoutSeconds * 1000);
  const offer: OfferRecord = {
    offerId: deps.newOfferId(),
    conversationId: record.conversationId,
    username,
    offeredAt: offeredAt.toISOString(),
    expiresAt: new Date(offeredAt.getTime() + ringMs).toISOString(),
  };
  await deps.state.addOffer(offer);
  deps.scheduler.schedule(offer.offerId, ringMs, () => onTimeout(offer.offerId));
  return offer;
}

export async function requestTransfer(deps: RoutingDeps, username: string, request: TransferRequest, onTimeout: RingTimeout): Promise<Outcome<ConversationSummary>> {
  const found = await ownedConversation(deps.state, request.conversationId, username);
  if (!found.ok) return found;
  const record = found.value;
  if (record.status !== 'active' && record.status !== 'on-hold') return refuse('conflict', `The conversation is ${record.status}; only an active or on-hold conversation can be transferred`);
  if (pendingTransfer(record)) return refuse('conflict', 'A warm transfer of this conversation is already waiting; cancel it first');
  const checked = await checkTarget(deps, username, request);
  if (!checked.ok) return checked;
  const transfer: TransferRecord = {
    from: username,
    fromName: deps.users.find(username)?.displayName ?? username,
    target: request.target,
    mode: request.mode,
    note: request.note,
    at: deps.now().toISOString(),
    state: request.mode === 'warm' ? 'pending' : 'done',
  };
  const transfers = [...(record.transfers ?? []), transfer];
  const { target } = request;
  if (request.mode === 'warm') {
    if (target.kind !== 'agent') return refuse('invalid', 'A warm transfer goes to a named agent; send it cold to a queue');
    const offer = await ring(deps, record, target.username, onTimeout);
    const pending = await deps.state.updateConversation(record.conversationId, { offerId: offer.offerId, transfers });
    if (!pending) return refuse('not-found', `No conversation with the id "${record.conversationId}"`);
    deps.notify.toUser(target.username, 'offer:created', toOffer(pending, offer));
    deps.log.info('warm transfer offered', { conversationId: record.conversationId, from: username, to: target.username });
    return done(toSummary(pending));
  }
  await addTransferLine(deps, { ...record, transfers }, transfer, username);
  const queue = target.kind === 'queue' ? deps.routing.queues.find((q) => q.id === target.queue) : undefined;
  const released = await transition(deps.state, record, 'transfer', {
    assignedTo: null,
    acceptedAt: null,
    offerId: null,
    // The sender just passed on it: everyone else eligible is asked first.
    declinedBy: [username],
    transfers,
    ...(queue ? { queue: queue.id, queueName: queue.name } : {}),
  });
  if (!released.ok) return released;
  let current = released.value;
  if (target.kind === 'agent') {
    const offer = await ring(deps, current, target.username, onTimeout);
    const offered = await transition(deps.state, current, 'offer', { offerId: offer.offerId });
    if (!offered.ok) return offered;
    current = offered.value;
    deps.notify.toUser(target.username, 'offer:created', toOffer(current, offer));
  }
  const summary = toSummary(current);
  deps.notify.toUser(username, 'conversation:updated', summary);
  deps.log.info('cold transfer', { conversationId: record.conversationId, from: username, target });
  return done(summary);
}

/** The sender withdraws a pending warm transfer and keeps the conversation. */
export async function cancelTransfer(deps: RoutingDeps, username: string, conversationId: string): Promise<Outcome<ConversationSummary>> {
  const found = await ownedConversation(deps.state, conversationId, username);
  if (!found.ok) return found;
  if (!pendingTransfer(found.value)) return refuse('conflict', 'There is no pending transfer of this conversation to cancel');
  return done(toSummary(await withdrawWarmTransfer(deps, found.value)));
}
