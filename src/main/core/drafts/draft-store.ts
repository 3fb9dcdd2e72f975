// The agent's wrap-up drafts on disk, one set per user scope (user + gateway), so a crash or restart
// loses at most the last ~100 ms of typing. Owns the draft's idempotency key (made on the first save,
// then kept). It persists what it is told; it never talks to the gateway or decides what is valid to submit.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { describeIssues } from '../../../shared/contract/result';
import { WrapUpDraftSchema, type WrapUpDraft } from '../../../shared/domain/wrap-up';
import type { Logger } from '../../../shared/log';
import type { KeyValueFile } from '../ports';

export interface DraftStoreOptions {
  file: KeyValueFile;
  /** Whose drafts these are; another scope never sees them. */
  scope: { username: string; gatewayUrl: string };
  log: Logger;
  /** A change is written at most this long after it was made (not pushed back by further changes). */
  writeDelayMs?: number;
  makeKey?: () => string;
  now?: () => Date;
}

export type DraftInput = Pick<WrapUpDraft, 'conversationId' | 'disposition' | 'notes'>;

export interface DraftStore {
  get(conversationId: string): WrapUpDraft | null;
  /** Saves the draft, keeping the idempotency key of an earlier save of the same conversation. */
  save(input: DraftInput): WrapUpDraft;
  remove(conversationId: string): void;
  /** Writes pending changes now. */
  flush(): void;
  /** Flushes and stops writing. */
  dispose(): void;
}

export const DEFAULT_DRAFT_WRITE_DELAY_MS = 100;

const StoredSchema = z.object({ version: z.literal(1), drafts: z.record(z.string(), z.unknown()) });

export function draftStoreKey(scope: DraftStoreOptions['scope']): string {
  return `drafts:${scope.username}@${new URL(scope.gatewayUrl).origin}`;
}

export function openDraftStore(options: DraftStoreOptions): DraftStore {
  const { file, log } = options;
  const key = draftStoreKey(options.scope);
  const writeDelayMs = options.writeDelayMs ?? DEFAULT_DRAFT_WRITE_DELAY_MS;
  const makeKey = options.makeKey ?? randomUUID;
  const now = options.now ?? (() => new Date());
  const drafts = new Map<string, WrapUpDraft>();
  let dirty = false;
  let timer: NodeJS.Timeout | null = null;
  let disposed = false;

  function load(): void {
    let raw: unknown;
    try {
      raw = file.read(key);
    } catch (error) {
      log.warn('wrap-up drafts: file unreadable; starting with no drafts', { file: file.location, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (raw === undefined) return;
    const stored = StoredSchema.safeParse(raw);
    if (!stored.success) {
      log.warn('wrap-up drafts: unexpected data; starting with no drafts', { file: file.location, issues: describeIssues(stored.error) });
      return;
    }
    for (const [id, item] of Object.entries(stored.data.drafts)) {
      const parsed = WrapUpDraftSchema.safeParse(item);
      if (parsed.success && parsed.data.conversationId === id) drafts.set(id, parsed.data);
      else log.warn('wrap-up drafts: dropped an invalid draft', { conversationId: id.slice(0, 100), issues: parsed.success ? 'key mismatch' : describeIssues(parsed.error).slice(0, 500) });
    }
  }

  function flush(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!dirty) return;
    dirty = false;
    try {
      file.write(key, { version: 1, drafts: Object.fromEntries(drafts) });
    } catch (error) {
      dirty = true;
      log.error('wrap-up drafts: could not be written', { file: file.location, error: error instanceof Error ? error.message : String(error) });
    }
  }

  function changed(): void {
    dirty = true;
    if (timer !== null || disposed) return;
    timer = setTimeout(flush, writeDelayMs);
  }

  load();

  return {
    get: (conversationId) => drafts.get(conversationId) ?? null,
    save(input) {
      const idempotencyKey = drafts.get(input.conversationId)?.idempotencyKey ?? makeKey();
      const draft = WrapUpDraftSchema.parse({ ...input, idempotencyKey, updatedAt: now().toISOString() });
      drafts.set(draft.conversationId, draft);
      changed();
      if (disposed) flush();
      return draft;
    },
    remove(conversationId) {
      if (!drafts.delete(conversationId)) return;
      changed();
      if (disposed) flush();
    },
    flush,
    dispose() {
      if (disposed) return;
      flush();
      disposed = true;
    },
  };
}
