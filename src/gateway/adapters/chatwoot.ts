// Chatwoot webhook payloads (message_created, conversation_status_changed/updated/opened ...) →
// HandoffContext: the conversation, its messages, meta.sender, attributes, labels. Pure.
import type { ContactPoint, JourneyEvent, TranscriptEntry } from '../../shared/domain/handoff-context';
import {
  anchorId,
  customerHintsFromFacts,
  dedupeFacts,
  defineAdapter,
  factsFromRecord,
  priorityFrom,
  reasonFrom,
} from './context-helpers';
import {
  capFirst,
  capLast,
  channelFromName,
  confidence,
  humanise,
  isRecord,
  list,
  localeTag,
  rec,
  str,
  toIso,
  type JsonRecord,
} from './map-helpers';

const MESSAGE_TYPES: Record<string, TranscriptEntry['from']> = {
  '0': 'customer',
  incoming: 'customer',
  '1': 'bot',
  outgoing: 'bot',
  '2': 'system',
  activity: 'system',
  '3': 'bot',
  template: 'bot',
};

/** message_created nests the conversation; conversation_* events are the conversation itself. */
function conversationOf(payload: JsonRecord): { conversation: JsonRecord; path: string } {
  return isRecord(payload.conversation)
    ? { conversation: payload.conversation, path: 'conversation.id' }
    : { conversation: payload, path: 'id' };
}

function toEntry(message: JsonRecord, index: number): TranscriptEntry | null {
  const text = str(message.content);
  if (text === null) return null;
  const type = String(typeof message.message_type === 'number' || typeof message.message_type === 'string' ? message.message_type : '');
  const base = MESSAGE_TYPES[type] ?? 'system';
  // Outgoing messages written by a person (sender_type User) are an agent's, not the bot's.
  const from = base === 'bot' && message.sender_type === 'User' ? 'agent' : base;
  const id = str(message.id, 180) ?? `message-${index}`;
  return { id, from, text, at: toIso(message.created_at), sentiment: null };
}

function transcriptOf(payload: JsonRecord, conversation: JsonRecord): TranscriptEntry[] {
  const messages = list(conversation, 'messages').filter(isRecord);
  // message_created carries the new message at the top level, next to the conversation.
  if (payload !== conversation && payload.content !== undefined) messages.push(payload);
  const seen = new Set<string>();
  const entries = messages
    .map(toEntry)
    .filter((e): e is TranscriptEntry => e !== null && !seen.has(e.id) && (seen.add(e.id), true));
  const timed = entries.every((e) => e.at !== null);
  return timed ? [...entries].sort((a, b) => Date.parse(a.at ?? '') - Date.parse(b.at ?? '')) : entries;
}

function contactPointsOf(sender: JsonRecord): ContactPoint[] {
  const points: [ContactPoint['kind'], unknown][] = [
    ['email', sender.email],
    ['phone', sender.phone_number],
    ['account', sender.identifier],
  ];
  return points.flatMap(([kind, raw]) => {
    const value = str(raw, 500);
    return value === null ? [] : [{ kind, value, verified: false }];
  });
}

function journeyOf(attributes: JsonRecord): JourneyEvent[] {
  const url = str(attributes.referer, 2000);
  if (url === null) return [];
  const initiated = attributes.initiated_at;
  const at = toIso(isRecord(initiated) ? initiated.timestamp : initiated);
  return [{ kind: 'page', label: 'Started the chat from this page', url, at }];
}

/** Custom attributes a bot sets to steer the handoff rather than to record a fact about the customer. */
const CONVERSATION_CONTROL_KEYS = new Set(['queue', 'handoff_reason', 'intent', 'intent_confidence']);

/**
 * Chatwoot has no intent field of its own: a bot that classified the request records it as the
 * conversation's custom attribute `intent` (with `intent_confidence`); we never infer one from labels.
 */
function intentOf(custom: JsonRecord) {
  const name = str(custom.intent, 200);
  if (name === null) return null;
  return { name, label: /\s/.test(name) ? name : humanise(name), confidence: confidence(custom.intent_confidence) };
}

export const chatwootAdapter = defineAdapter('chatwoot', 'Chatwoot webhook payload', ({ payload }) => {
  const body = payload as JsonRecord;
  const { conversation, path } = conversationOf(body);
  const id = anchorId(conversation.id ?? conversation.display_id, path);
  if (typeof id !== 'string') return { issues: [id] };

  const meta = rec(conversation, 'meta');
  const sender = isRecord(meta.sender) ? meta.sender : rec(body, 'sender');
  const attributes = rec(conversation, 'additional_attributes');
  const custom = rec(conversation, 'custom_attributes');
  const facts = capFirst(
    dedupeFacts([
      ...factsFromRecord(custom, 'chatwoot:conversation', (k) => CONVERSATION_CONTROL_KEYS.has(k)),
      ...factsFromRecord(rec(sender, 'custom_attributes'), 'chatwoot:contact'),
    ]),
    200,
  );
  const hints = customerHintsFromFacts(facts);
  const labels = list(conversation, 'labels').map((l) => str(l, 100)).filter((l): l is string => l !== null);
  const senderAttributes = rec(sender, 'additional_attributes');
  const verified = rec(conversation, 'contact_inbox').hmac_verified === true;

  return {
    customer: {
      id: str(sender.id, 200),
      displayName: str(sender.name, 200) ?? hints.displayName,
      contactPoints: [...contactPointsOf(sender), ...hints.contactPoints].slice(0, 50),
      verification: verified ? { method: 'Chatwoot identity (HMAC) verified', at: null } : null,
      tier: str(rec(sender, 'custom_attributes').tier, 100),
      segment: str(rec(sender, 'custom_attributes').segment ?? senderAttributes.company_name, 100),
      locale: localeTag(attributes.browser_language ?? senderAttributes.browser_language),
    },
    channel: channelFromName(str(conversation.channel, 100)),
    routing: {
      queue: str(custom.queue, 100) ?? str(rec(meta, 'team').name, 100),
      skills: labels.slice(0, 20),
      priority: priorityFrom(conversation.priority),
    },
    reason: reasonFrom(str(custom.handoff_reason, 1000)),
    intent: intentOf(custom),
    facts,
    transcript: capLast(transcriptOf(body, conversation), 20_000),
    journey: { events: journeyOf(attributes) },
    source: { format: 'chatwoot', conversationId: id, raw: payload },
  };
});
