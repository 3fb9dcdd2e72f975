// One logged-in agent's work as the desktop knows it: offers ringing now and conversations assigned.
// Fed by gateway events, accept/reject answers and the snapshot taken after every (re)connect; publishes
// the renderer events and mirrors conversations (with their messages) into the context cache. It asks
// the gateway for nothing itself: missing messages are fetched through the injected `fetchMessages`.
import type { EventPublisher } from '../../../shared/contract/ipc';
import type { WorkSnapshot } from '../../../shared/contract/protocol';
import type { AssignedConversation, ConversationSummary, Offer, OfferWithdrawn } from '../../../shared/domain/conversation';
import type { ConversationMessage } from '../../../shared/domain/message';
import type { Logger } from '../../../shared/log';
import type { ContextCache } from '../cache/context-cache';
import type { ServerEvent } from '../link/gateway-link';
import type { Notifier } from '../ports';
import { createConversationMessages } from './conversation-messages';

export type WorkEvent = Extract<
  ServerEvent,
  { name: 'offer:created' | 'offer:withdrawn' | 'conversation:assigned' | 'conversation:message' | 'conversation:typing' | 'conversation:updated' }
>;

export interface WorkTrackerDeps {
  publish: EventPublisher;
  notifier: Notifier;
  cache: ContextCache;
  log: Logger;
  /** The gateway's `messages:since`: everything after `afterSeq` in one conversation. */
  fetchMessages?: (conversationId: string, afterSeq: number) => Promise<ConversationMessage[]>;
  now?: () => Date;
}

export interface WorkTracker {
  handle(event: WorkEvent): void;
  /** The gateway's clock (from `session:ready`), so expiry does not depend on this machine's clock. */
  syncClock(serverTime: string): void;
  /** Call when asking for a snapshot; pass the mark to `reconcile`. */
  mark(): number;
  /**
   * Makes local state equal to the gateway's view after a (re)connect. What events brought in after
   * `mark` is newer than the snapshot (its answer can overtake them), so it is kept as it is.
   */
  reconcile(snapshot: WorkSnapshot, mark: number): void;
  accepted(offerId: string, assigned: AssignedConversation): void;
  rejected(offerId: string): void;
  /** A message or note this desktop sent, as the gateway stored it (its echo is then a duplicate). */
  sent(message: ConversationMessage): void;
  /** A status change the gateway answered with (end, extend, wrap-up submitted). */
  updated(summary: ConversationSummary): void;
  /** After a reconnect: fetch what each conversation missed since its last seq. */
  catchUp(): Promise<void>;
  /** Offers still ringing (expired ones are dropped on the way). */
  offers(): Offer[];
  /** Assigned conversations, newest first: from the cache until the gateway says otherwise. */
  conversations(): AssignedConversation[];
  /** Logout or dispose: offer cards go away, the cache is flushed. */
  close(): void;
}

export function createWorkTracker(deps: WorkTrackerDeps): WorkTracker {
  const { publish, notifier, cache, log } = deps;
  const now = deps.now ?? (() => new Date());
  const offers = new Map<string, Offer>();
  const conversations = new Map<string, AssignedConversation>(cache.load().map((c) => [c.conversation.conversationId, c]));
  /** Bumped by every change an event or answer makes; `seenAt` says when each item last changed. */
  let sequence = 0;
  const seenAt = new Map<string, number>();
  const touch = (key: string): void => {
    sequence += 1;
    seenAt.set(key, sequence);
  };
  const newerThan = (key: string, mark: number): boolean => (seenAt.get(key) ?? 0) > mark;
  /** Gateway time minus local time. */
  let clockOffsetMs = 0;
  let closed = false;

  const isGone = (summary: ConversationSummary): boolean => summary.status === 'wrapped' || summary.status === 'abandoned';
  const messages = createConversationMessages({
    get: (id) => conversations.get(id),
    store(conversation) {
      conversations.set(conversation.conversation.conversationId, conversation);
      cache.put(conversation);
    },
    publish,
    fetchMessages: deps.fetchMessages,
    log,
    isClosed: () => closed,
  });

  const isExpired = (offer: Offer): boolean => Date.parse(offer.expiresAt) <= now().getTime() + clockOffsetMs;

  function pruneExpired(): void {
    for (const [id, offer] of offers) if (isExpired(offer)) offers.delete(id);
  }

  function addOffer(offer: Offer): void {
    pruneExpired();
    if (offers.has(offer.offerId)) return;
    if (isExpired(offer)) {
      log.info('offer already expired on arrival; ignored', { offerId: offer.offerId });
      return;
    }
    offers.set(offer.offerId, offer);
    touch(`offer:${offer.offerId}`);
    publish('contact:offered', offer);
    try {
      notifier.notifyOffer(offer);
    } catch (error) {
      log.warn('offer notification failed', { offerId: offer.offerId, error: error instanceof Error ? error.message : String(error) });
    }
  }

  function withdraw(offerId: string, reason: OfferWithdrawn['reason']): void {
    const offer = offers.get(offerId);
    if (!offer) return;
    offers.delete(offerId);
    touch(`offer:${offerId}`);
    publish('contact:offer-withdrawn', { offerId, conversationId: offer.conversationId, reason });
  }

  function assign(assigned: AssignedConversation): void {
    const id = assigned.conversation.conversationId;
    for (const offer of [...offers.values()]) if (offer.conversationId === id) withdraw(offer.offerId, 'accepted');
    const known = conversations.get(id);
    if (isGone(assigned.conversation)) {
      if (known) update(assigned.conversation);
      return;
    }
    touch(`conversation:${id}`);
    replace(known, assigned);
  }

  /** A known conversation keeps its shown messages; the gateway's new ones follow as message events. */
  function replace(known: AssignedConversation | undefined, assigned: AssignedConversation): void {
    const id = assigned.conversation.conversationId;
    const next = known ? { ...assigned, messages: known.messages } : assigned;
    conversations.set(id, next);
    cache.put(next);
    if (!known || !sameData(known, next)) publish('conversation:assigned', next);
    if (known) messages.addAll(id, assigned.messages);
  }

  /** A new status: wrapped and abandoned conversations leave the list (and the cache). */
  function update(summary: ConversationSummary): void {
    const id = summary.conversationId;
    const known = conversations.get(id);
    if (!known || JSON.stringify(known.conversation) === JSON.stringify(summary)) return;
    touch(`conversation:${id}`);
    if (isGone(summary) || movedAway(known.conversation, summary)) {
      conversations.delete(id);
      messages.forget(id);
      cache.remove(id);
    } else {
      const next = { ...known, conversation: summary };
      conversations.set(id, next);
      cache.put(next);
    }
    publish('conversation:updated', summary);
  }

  return {
    handle(event) {
      if (closed) return;
      switch (event.name) {
        case 'offer:created':
          addOffer(event.payload);
          break;
        case 'offer:withdrawn':
          withdraw(event.payload.offerId, event.payload.reason);
          break;
        case 'conversation:assigned':
          assign(event.payload);
          break;
        case 'conversation:message':
          messages.add(event.payload.conversationId, [event.payload]);
          break;
        case 'conversation:typing':
          if (conversations.has(event.payload.conversationId)) publish('conversation:typing', event.payload);
          break;
        case 'conversation:updated':
          update(event.payload);
          break;
      }
    },
    syncClock(serverTime) {
      clockOffsetMs = Date.parse(serverTime) - now().getTime();
    },
    mark: () => sequence,
    reconcile(snapshot, mark) {
      if (closed) return;
      const current = snapshot.conversations.filter((c) => !isGone(c.conversation));
      const assignedIds = new Set(current.map((c) => c.conversation.conversationId));
      const ringing = new Set(snapshot.offers.map((o) => o.offerId));
      for (const offer of [...offers.values()]) {
        if (ringing.has(offer.offerId) || newerThan(`offer:${offer.offerId}`, mark)) continue;
        // Whatever ended it happened while we were away; "accepted" when it became ours, else it rang out.
        withdraw(offer.offerId, assignedIds.has(offer.conversationId) ? 'accepted' : 'timeout');
      }
      for (const offer of snapshot.offers) if (!newerThan(`offer:${offer.offerId}`, mark)) addOffer(offer);
      for (const id of [...conversations.keys()]) {
        if (!assignedIds.has(id) && !newerThan(`conversation:${id}`, mark)) {
          conversations.delete(id);
          messages.forget(id);
        }
      }
      for (const assigned of current) {
        const id = assigned.conversation.conversationId;
        if (newerThan(`conversation:${id}`, mark)) continue;
        replace(conversations.get(id), assigned);
      }
      cache.replaceAll([...conversations.values()]);
      // Only changes after this mark can matter to a later snapshot.
      for (const [key, at] of seenAt) if (at <= mark) seenAt.delete(key);
      log.info('work reconciled with the gateway', { offers: offers.size, conversations: conversations.size });
    },
    accepted(offerId, assigned) {
      if (closed) return;
      withdraw(offerId, 'accepted');
      assign(assigned);
    },
    rejected(offerId) {
      if (!closed) withdraw(offerId, 'rejected');
    },
    sent(message) {
      if (!closed) messages.add(message.conversationId, [message]);
    },
    updated(summary) {
      if (!closed) update(summary);
    },
    catchUp: () => (closed ? Promise.resolve() : messages.catchUp([...conversations.keys()])),
    offers() {
      pruneExpired();
      return [...offers.values()];
    },
    conversations: () => [...conversations.values()].sort(newestFirst),
    close() {
      if (closed) return;
      for (const id of [...offers.keys()]) withdraw(id, 'presence-changed');
      closed = true;
      conversations.clear();
      cache.dispose();
    },
  };
}

function newestFirst(a: AssignedConversation, b: AssignedConversation): number {
  const at = (c: AssignedConversation) => Date.parse(c.conversation.acceptedAt ?? c.conversation.createdAt);
  return at(b) - at(a);
}

/** Transferred away: someone else (or nobody, back in a queue) owns it now, so it leaves this desktop. */
function movedAway(known: ConversationSummary, next: ConversationSummary): boolean {
  return known.assignedTo !== null && next.assignedTo !== known.assignedTo;
}

/** Events are rare and contexts bounded, so a serialised comparison is cheap enough and exact. */
function sameData(a: AssignedConversation, b: AssignedConversation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
