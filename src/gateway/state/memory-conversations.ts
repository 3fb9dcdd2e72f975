// In-memory storage of conversations, ringing offers and agents' last assignment: the conversation half of
// the memory GatewayState. Records are copied in and out so callers cannot change stored state by accident.
import type { GatewayState } from './gateway-state';
import type { ConversationRecord, OfferRecord } from './records';

type ConversationStore = Pick<
  GatewayState,
  | 'createConversation'
  | 'findConversationByKey'
  | 'getConversation'
  | 'updateConversation'
  | 'listConversations'
  | 'addOffer'
  | 'getOffer'
  | 'takeOffer'
  | 'listOffers'
  | 'getLastAssignedAt'
  | 'setLastAssignedAt'
> & { clear: () => void };

// The context is shared, not copied: it is large and nobody changes it after intake.
const copy = (record: ConversationRecord): ConversationRecord => ({ ...record, declinedBy: [...record.declinedBy] });

export function createMemoryConversations(): ConversationStore {
  const conversations = new Map<string, ConversationRecord>();
  const byKey = new Map<string, string>();
  const offers = new Map<string, OfferRecord>();
  const lastAssigned = new Map<string, string>();
  let seq = 0;

  const find = (key: string): ConversationRecord | null => {
    const id = byKey.get(key);
    return id === undefined ? null : (conversations.get(id) ?? null);
  };

  return {
    createConversation(draft, keys) {
      for (const { key, unlessStatus = [] } of keys) {
        const existing = find(key);
        if (existing && !unlessStatus.includes(existing.status)) return Promise.resolve({ conversation: copy(existing), created: false });
      }
      seq += 1;
      const record: ConversationRecord = { ...draft, declinedBy: [...draft.declinedBy], seq };
      conversations.set(record.conversationId, record);
      for (const { key } of keys) byKey.set(key, record.conversationId);
      return Promise.resolve({ conversation: copy(record), created: true });
    },
    findConversationByKey(key) {
      const found = find(key);
      return Promise.resolve(found ? copy(found) : null);
    },
    getConversation(conversationId) {
      const found = conversations.get(conversationId);
      return Promise.resolve(found ? copy(found) : null);
    },
    updateConversation(conversationId, patch) {
      const found = conversations.get(conversationId);
      if (!found) return Promise.resolve(null);
      const next: ConversationRecord = { ...found, ...patch, declinedBy: [...(patch.declinedBy ?? found.declinedBy)] };
      conversations.set(conversationId, next);
      return Promise.resolve(copy(next));
    },
    listConversations(filter = {}) {
      const list = [...conversations.values()].filter(
        (c) => (filter.status === undefined || filter.status.includes(c.status)) && (filter.assignedTo === undefined || c.assignedTo === filter.assignedTo),
      );
      return Promise.resolve(list.sort((a, b) => a.seq - b.seq).map(copy));
    },
    addOffer(offer) {
      offers.set(offer.offerId, { ...offer });
      return Promise.resolve();
    },
    getOffer(offerId) {
      const found = offers.get(offerId);
      return Promise.resolve(found ? { ...found } : null);
    },
    takeOffer(offerId) {
      const found = offers.get(offerId) ?? null;
      offers.delete(offerId);
      return Promise.resolve(found);
    },
    listOffers(username) {
      const all = [...offers.values()];
      return Promise.resolve((username === undefined ? all : all.filter((o) => o.username === username)).map((o) => ({ ...o })));
    },
    getLastAssignedAt(username) {
      return Promise.resolve(lastAssigned.get(username) ?? null);
    },
    setLastAssignedAt(username, at) {
      lastAssigned.set(username, at);
      return Promise.resolve();
    },
    clear() {
      conversations.clear();
      byKey.clear();
      offers.clear();
      lastAssigned.clear();
    },
  };
}
