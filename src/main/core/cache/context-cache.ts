// The agent's assigned conversations (with their contexts) kept on disk, so a restart shows them at once.
// One cache per user scope (user + gateway), bounded by count and bytes (least recently used out first),
// written coalesced off the hot path. It persists what it is told; it never decides what is assigned.
import { z } from 'zod';
import { describeIssues } from '../../../shared/contract/result';
import { AssignedConversationSchema, type AssignedConversation } from '../../../shared/domain/conversation';
import type { Logger } from '../../../shared/log';
import type { KeyValueFile } from '../ports';

export interface ContextCacheLimits {
  /** Most conversations kept per user. */
  maxConversations: number;
  /** Most bytes (serialised JSON) kept per user. */
  maxBytes: number;
  /** Writes wait this long for more changes, then go out as one. */
  writeDelayMs: number;
}

export const DEFAULT_CONTEXT_CACHE_LIMITS: ContextCacheLimits = { maxConversations: 200, maxBytes: 4 * 1024 * 1024, writeDelayMs: 250 };

export interface ContextCacheOptions {
  file: KeyValueFile;
  /** Whose conversations these are; another scope never sees them. */
  scope: { username: string; gatewayUrl: string };
  log: Logger;
  limits?: Partial<ContextCacheLimits>;
}

export interface ContextCache {
  /** What was cached, most recently used first (read once, when the cache opens). */
  load(): AssignedConversation[];
  /** Adds or refreshes one conversation and marks it most recently used. */
  put(conversation: AssignedConversation): void;
  remove(conversationId: string): void;
  /** The gateway's full view: drops the rest, keeps the recency of those it had. */
  replaceAll(conversations: readonly AssignedConversation[]): void;
  /** Writes pending changes now. */
  flush(): void;
  /** Flushes and stops writing. */
  dispose(): void;
}

const StoredSchema = z.object({ version: z.literal(1), conversations: z.array(z.unknown()) });

interface Entry {
  conversation: AssignedConversation;
  bytes: number;
}

/** The key a scope's data lives under. The gateway origin is part of it: the same username on another
 *  gateway is another person. */
export function contextCacheKey(scope: ContextCacheOptions['scope']): string {
  return `contexts:${scope.username}@${new URL(scope.gatewayUrl).origin}`;
}

export function openContextCache(options: ContextCacheOptions): ContextCache {
  const { file, log } = options;
  const limits = { ...DEFAULT_CONTEXT_CACHE_LIMITS, ...options.limits };
  const key = contextCacheKey(options.scope);
  /** Oldest first: Map order is the recency order. */
  let entries = new Map<string, Entry>();
  let totalBytes = 0;
  let dirty = false;
  let timer: NodeJS.Timeout | null = null;
  let disposed = false;

  function add(conversation: AssignedConversation): void {
    const id = conversation.conversation.conversationId;
    drop(id);
    const bytes = Buffer.byteLength(JSON.stringify(conversation), 'utf8');
    if (bytes > limits.maxBytes) {
      log.warn('context cache: conversation larger than the cache budget; not cached', { conversationId: id, bytes, maxBytes: limits.maxBytes });
      return;
    }
    entries.set(id, { conversation, bytes });
    totalBytes += bytes;
  }

  function drop(id: string): boolean {
    const entry = entries.get(id);
    if (!entry) return false;
    entries.delete(id);
    totalBytes -= entry.bytes;
    return true;
  }

  function evict(): void {
    let evicted = 0;
    for (const id of entries.keys()) {
      if (entries.size <= limits.maxConversations && totalBytes <= limits.maxBytes) break;
      drop(id);
      evicted += 1;
    }
    if (evicted > 0) log.info('context cache: least recently used conversations evicted', { evicted, kept: entries.size, bytes: totalBytes });
  }

  function load(): void {
    let raw: unknown;
    try {
      raw = file.read(key);
    } catch (error) {
      log.warn('context cache: file unreadable; starting empty until the gateway snapshot refills it', {
        file: file.location,
        error: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    if (raw === undefined) return;
    const stored = StoredSchema.safeParse(raw);
    if (!stored.success) {
      log.warn('context cache: unexpected data; starting empty', { file: file.location, issues: describeIssues(stored.error) });
      changed();
      return;
    }
    for (const [index, item] of stored.data.conversations.entries()) {
      const parsed = AssignedConversationSchema.safeParse(item);
      if (parsed.success) add(parsed.data);
      else {
        log.warn('context cache: dropped an invalid cached conversation', { index, issues: describeIssues(parsed.error).slice(0, 500) });
        changed();
      }
    }
    const before = entries.size;
    evict();
    if (entries.size !== before) changed();
  }

  function write(): void {
    try {
      file.write(key, { version: 1, conversations: [...entries.values()].map((e) => e.conversation) });
    } catch (error) {
      log.error('context cache: could not be written', { file: file.location, error: error instanceof Error ? error.message : String(error) });
    }
  }

  function flush(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!dirty) return;
    dirty = false;
    write();
  }

  function changed(): void {
    dirty = true;
    if (timer !== null || disposed) return;
    timer = setTimeout(flush, limits.writeDelayMs);
    timer.unref();
  }

  load();
  const loaded = [...entries.values()].reverse().map((e) => e.conversation);

  return {
    load: () => loaded,
    put(conversation) {
      add(conversation);
      evict();
      changed();
    },
    remove(conversationId) {
      if (drop(conversationId)) changed();
    },
    replaceAll(conversations) {
      const incoming = new Map(conversations.map((c) => [c.conversation.conversationId, c]));
      const previous = entries;
      entries = new Map();
      totalBytes = 0;
      for (const id of previous.keys()) {
        const next = incoming.get(id);
        if (next) add(next);
      }
      for (const [id, next] of incoming) if (!previous.has(id)) add(next);
      evict();
      changed();
    },
    flush,
    dispose() {
      if (disposed) return;
      flush();
      disposed = true;
    },
  };
}
