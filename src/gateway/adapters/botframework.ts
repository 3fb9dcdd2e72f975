// Bot Framework `handoff.initiate` event activity → HandoffContext, sent bare or inside a DirectLine
// `{activities, watermark}` response. Reads the Transcript attachment, `value` (the bot's context) and `from`.
import type { ContactPoint, Fact, TranscriptEntry } from '../../shared/domain/handoff-context';
import type { AdapterIssue } from './adapter';
import {
  anchorId,
  customerHintsFromFacts,
  dedupeFacts,
  defineAdapter,
  factsFromRecord,
  reasonFrom,
  routingFromRecord,
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

const HANDOFF = 'handoff.initiate';
const TRANSCRIPT_TYPE = 'application/vnd.microsoft.activity.transcript';

function findHandoff(payload: JsonRecord): { activity: JsonRecord; path: string; others: unknown[] } | AdapterIssue {
  if (!Array.isArray(payload.activities)) {
    if (payload.name === HANDOFF) return { activity: payload, path: '', others: [] };
    return { path: 'name', message: `expected a "${HANDOFF}" event activity or a DirectLine {activities: [...]} response` };
  }
  const all = payload.activities;
  const index = all.findLastIndex((a) => isRecord(a) && a.name === HANDOFF && (a.type === undefined || a.type === 'event'));
  const activity: unknown = all[index];
  if (!isRecord(activity)) return { path: 'activities', message: `no "${HANDOFF}" event activity in activities` };
  return { activity, path: `activities.${index}.`, others: all.filter((_, i) => i !== index) };
}

/** Transcript activities: an array, or `{activities: [...]}` as Power Virtual Agents sends it. */
function transcriptActivities(activity: JsonRecord): unknown[] {
  const attachment = list(activity, 'attachments').find(
    (a) => isRecord(a) && (a.contentType === TRANSCRIPT_TYPE || str(a.name, 100)?.toLowerCase() === 'transcript'),
  );
  if (!isRecord(attachment)) return [];
  return Array.isArray(attachment.content) ? attachment.content : list(attachment.content, 'activities');
}

function toEntries(activities: unknown[], botId: string | null): TranscriptEntry[] {
  const seen = new Set<string>();
  return activities.filter(isRecord).flatMap((a, index): TranscriptEntry[] => {
    const text = str(a.text);
    if ((a.type !== undefined && a.type !== 'message') || text === null) return [];
    const id = str(a.id, 180) ?? `activity-${index}`;
    if (seen.has(id)) return [];
    seen.add(id);
    const from = rec(a, 'from');
    const role = str(from.role, 50);
    const isBot = role === 'bot' || (role === null && botId !== null && str(from.id, 500) === botId);
    return [{ id, from: isBot ? 'bot' : 'customer', text, at: toIso(a.timestamp), sentiment: null }];
  });
}

function customerOf(activity: JsonRecord, activities: unknown[]): JsonRecord {
  const relatesUser = rec(rec(activity, 'relatesTo'), 'user');
  if (str(relatesUser.id, 200) !== null) return relatesUser;
  const userActivity = activities.find((a) => isRecord(a) && rec(a, 'from').role === 'user');
  return rec(userActivity, 'from');
}

function contactPoints(channelData: JsonRecord): ContactPoint[] {
  const email = str(channelData.email, 500);
  const phone = str(channelData.phone ?? channelData.phoneNumber, 500);
  return [
    ...(email === null ? [] : [{ kind: 'email' as const, value: email, verified: false }]),
    ...(phone === null ? [] : [{ kind: 'phone' as const, value: phone, verified: false }]),
  ];
}

/** `value` is whatever the bot chose: well-known keys steer the context, the rest become facts. */
function contextFacts(value: JsonRecord): Fact[] {
  const steering = new Set(['intent', 'reason', 'queue', 'skill', 'skills', 'priority', 'locale', 'language']);
  return factsFromRecord(value, 'bot:context', (key) => steering.has(key) || key.startsWith('va_'));
}

function intentOf(value: JsonRecord) {
  const raw = value.intent;
  const name = str(isRecord(raw) ? raw.name : raw, 200) ?? str(value.va_LastTopic, 200);
  if (name === null) return null;
  return { name, label: humanise(name), confidence: isRecord(raw) ? confidence(raw.confidence) : null };
}

export const botframeworkAdapter = defineAdapter('botframework', 'Bot Framework handoff.initiate activity', ({ payload }) => {
  const found = findHandoff(payload as JsonRecord);
  if (!('activity' in found)) return { issues: [found] };
  const { activity, path, others } = found;
  const conversation = rec(activity, 'conversation');
  const id = anchorId(conversation.id ?? rec(rec(activity, 'relatesTo'), 'conversation').id, `${path}conversation.id`);
  if (typeof id !== 'string') return { issues: [id] };

  const value = rec(activity, 'value');
  const attached = transcriptActivities(activity);
  const botId = str(rec(activity, 'from').id, 500);
  const transcript = toEntries([...attached, ...others], botId);
  const user = customerOf(activity, [...attached, ...others]);
  const facts = capFirst(dedupeFacts(contextFacts(value)), 200);
  const hints = customerHintsFromFacts(facts);
  const topics = list(value, 'va_Topics').map((t) => str(t, 290)).filter((t): t is string => t !== null);

  return {
    customer: {
      id: str(user.id, 200),
      displayName: str(user.name, 200) ?? hints.displayName,
      contactPoints: [...contactPoints(rec(activity, 'channelData')), ...hints.contactPoints].slice(0, 50),
      locale: localeTag(value.locale ?? value.language ?? value.va_Language ?? activity.locale),
    },
    channel: channelFromName(str(activity.channelId, 100)),
    routing: routingFromRecord(value),
    reason: reasonFrom(str(value.reason, 1000) ?? str(value.va_AgentMessage, 1000)),
    intent: intentOf(value),
    facts,
    botSteps: capLast(topics.map((name) => ({ name: `Topic: ${name}`, outcome: 'succeeded' as const })), 500),
    transcript: capLast(transcript, 20_000),
    source: { format: 'botframework', conversationId: id, raw: payload },
  };
});
