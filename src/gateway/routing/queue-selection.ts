// Picks the queue for a new handoff: the bot's explicit queue if it names a known one, else the queue that
// best covers the hinted skills, else the first queue whose intent patterns match, else the default. Pure.
import type { HandoffContext } from '../../shared/domain/handoff-context';
import type { QueueConfig, RoutingConfig } from '../config/routing-schema';

export type QueueMatch = 'explicit' | 'skill' | 'intent' | 'default';

/** `*` matches any run of characters; everything else is literal. Case-insensitive, whole name. */
export function intentPatternMatches(pattern: string, intentName: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i').test(intentName);
}

function byExplicit(wanted: string | null, queues: readonly QueueConfig[]): QueueConfig | undefined {
  if (wanted === null) return undefined;
  const key = wanted.trim().toLowerCase();
  return queues.find((q) => q.id === key) ?? queues.find((q) => q.name.toLowerCase() === key);
}

function bySkill(hinted: readonly string[], queues: readonly QueueConfig[]): QueueConfig | undefined {
  const wanted = new Set(hinted.map((s) => s.trim().toLowerCase()));
  let best: { queue: QueueConfig; overlap: number } | undefined;
  for (const queue of queues) {
    const overlap = queue.skills.filter((s) => wanted.has(s)).length;
    if (overlap > 0 && overlap > (best?.overlap ?? 0)) best = { queue, overlap };
  }
  return best?.queue;
}

function byIntent(intentName: string | undefined, queues: readonly QueueConfig[]): QueueConfig | undefined {
  if (intentName === undefined) return undefined;
  return queues.find((q) => q.intents.some((pattern) => intentPatternMatches(pattern, intentName)));
}

export function selectQueue(context: Pick<HandoffContext, 'routing' | 'intent'>, routing: RoutingConfig): { queue: QueueConfig; match: QueueMatch } {
  const { queues } = routing;
  const explicit = byExplicit(context.routing.queue, queues);
  if (explicit) return { queue: explicit, match: 'explicit' };
  const skill = bySkill(context.routing.skills, queues);
  if (skill) return { queue: skill, match: 'skill' };
  const intent = byIntent(context.intent?.name, queues);
  if (intent) return { queue: intent, match: 'intent' };
  const fallback = queues.find((q) => q.id === routing.defaultQueue) ?? queues[0];
  if (!fallback) throw new Error('Routing has no queues');
  return { queue: fallback, match: 'default' };
}
