// Warm transfers this desktop is waiting on: conversation id -> who was asked. Fed by the transfer
// actions and cleared by any status news for that conversation (accepted, rejected, rang out, cancelled).
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface TransferState {
  pending: Readonly<Record<string, string>>;
  waiting(conversationId: string, targetName: string): void;
  settled(conversationId: string): void;
}

export type TransferStore = StoreApi<TransferState>;

export function createTransferStore(): TransferStore {
  return createStore<TransferState>()((set) => ({
    pending: {},
    waiting: (conversationId, targetName) => set((s) => ({ pending: { ...s.pending, [conversationId]: targetName } })),
    settled: (conversationId) =>
      set((s) => {
        if (!(conversationId in s.pending)) return s;
        const { [conversationId]: _done, ...pending } = s.pending;
        return { pending };
      }),
  }));
}

export const selectPending =
  (conversationId: string) =>
  (s: TransferState): string | null =>
    s.pending[conversationId] ?? null;
