// Amazon Lex V2 Lambda input event → HandoffContext: sessionState.intent (slots, state, confirmation),
// interpretations (nluConfidence, sentimentResponse), transcriptions, inputTranscript, attributes, bot. Pure.
import type { BotStep, EscalationReason, Fact, Intent, TranscriptEntry } from '../../shared/domain/handoff-context';
import {
  anchorId,
  customerHintsFromFacts,
  dedupeFacts,
  defineAdapter,
  fact,
  factsFromRecord,
  routingFromRecord,
  sentimentFromLabel,
} from './context-helpers';
import { capFirst, confidence, humanise, isRecord, list, localeTag, rec, str, valueText, type JsonRecord } from './map-helpers';

type IntentInput = Pick<Intent, 'name' | 'label'> & { confidence: number | null; alternatives: Intent['alternatives'] };

/** A slot's text: interpreted, else original, else resolved; list slots join their values. */
function slotValue(slot: JsonRecord): { text: string | null; original: string | null } {
  const value = rec(slot, 'value');
  const listed = list(slot, 'values').filter(isRecord).map((v) => slotValue(v).text).filter((t) => t !== null);
  const text =
    str(value.interpretedValue, 2000) ?? valueText(list(value, 'resolvedValues')[0]) ?? (listed.length > 0 ? listed.join(', ') : null);
  return { text, original: str(value.originalValue, 2000) };
}

function slotFacts(intent: JsonRecord): Fact[] {
  const confirmed = str(intent.confirmationState, 50) === 'Confirmed';
  return Object.entries(rec(intent, 'slots')).map(([name, slot]): Fact => {
    if (!isRecord(slot)) return fact(name, null, 'missing', 'bot:slot');
    const { text, original } = slotValue(slot);
    // The customer said something the bot could not resolve: keep what they said, marked invalid.
    if (text === null && original !== null) return fact(name, original, 'invalid', 'bot:slot');
    return fact(name, text, confirmed ? 'confirmed' : 'collected', 'bot:slot');
  });
}

function intentOf(event: JsonRecord, interpretations: JsonRecord[]): IntentInput | null {
  const named = interpretations.map((i) => ({ name: str(rec(i, 'intent').name, 200), confidence: confidence(i.nluConfidence) }));
  const name = str(rec(rec(event, 'sessionState'), 'intent').name, 200) ?? named.find((n) => n.name !== null)?.name ?? null;
  if (name === null) return null;
  const alternatives = named
    .filter((n): n is { name: string; confidence: number | null } => n.name !== null && n.name !== name)
    .map((n) => ({ ...n, label: humanise(n.name) }));
  return {
    name,
    label: humanise(name),
    confidence: named.find((n) => n.name === name)?.confidence ?? null,
    alternatives: capFirst(alternatives, 20),
  };
}

const STEP_OUTCOMES: Record<string, BotStep['outcome']> = { Failed: 'failed', Fulfilled: 'succeeded' };

function reasonOf(state: string | null, intentName: string | null, transcriptionScore: number | null): EscalationReason {
  if (state === 'Failed') return { kind: 'failed-step', detail: `${intentName ?? 'The intent'} failed` };
  if (intentName === 'FallbackIntent') return { kind: 'not-understood', detail: 'Lex fell back: no intent matched' };
  if (transcriptionScore !== null && transcriptionScore < 0.4) {
    return { kind: 'not-understood', detail: `low transcription confidence (${transcriptionScore})` };
  }
  return { kind: 'asked-for-human', detail: null };
}

export const lexV2Adapter = defineAdapter('lex-v2', 'Amazon Lex V2 Lambda input event', ({ payload, receivedAt }) => {
  const event = payload as JsonRecord;
  const id = anchorId(event.sessionId, 'sessionId');
  if (typeof id !== 'string') return { issues: [id] };

  const at = receivedAt.toISOString();
  const sessionState = rec(event, 'sessionState');
  const interpretations = list(event, 'interpretations').filter(isRecord);
  const intent = intentOf(event, interpretations);
  const sessionIntent = isRecord(sessionState.intent) ? sessionState.intent : rec(interpretations[0], 'intent');
  const state = str(sessionIntent.state, 50);
  const skipSystem = (key: string) => key.startsWith('x-amz-lex');
  const facts = capFirst(
    dedupeFacts([
      ...slotFacts(sessionIntent),
      ...factsFromRecord(rec(sessionState, 'sessionAttributes'), 'bot:session', skipSystem),
      ...factsFromRecord(rec(event, 'requestAttributes'), 'bot:request', skipSystem),
    ]),
    200,
  );
  const top = interpretations.find((i) => str(rec(i, 'intent').name) === intent?.name) ?? interpretations[0];
  const scored = (s: JsonRecord) => s.sentiment !== undefined || isRecord(s.sentimentScore);
  const sentimentSource = [top, ...interpretations].map((i) => rec(i, 'sentimentResponse')).find(scored) ?? {};
  const score = sentimentFromLabel(sentimentSource.sentiment, sentimentSource.sentimentScore);
  const transcriptions = list(event, 'transcriptions').filter(isRecord);
  const said = str(event.inputTranscript) ?? str(transcriptions[0]?.transcription);
  const bot = rec(event, 'bot');
  const mode = str(event.inputMode, 50);
  const hints = customerHintsFromFacts(facts);
  const botLines: TranscriptEntry[] = list(event, 'messages')
    .filter(isRecord)
    .flatMap((m, i) => {
      const text = str(m.content);
      return text === null ? [] : [{ id: `message-${i}`, from: 'bot' as const, text, at, sentiment: null }];
    });

  return {
    customer: { displayName: hints.displayName, contactPoints: hints.contactPoints, locale: localeTag(bot.localeId) },
    channel: mode === 'Speech' || mode === 'DTMF' ? 'voice' : 'chat',
    routing: routingFromRecord(rec(sessionState, 'sessionAttributes')),
    reason: reasonOf(state, intent?.name ?? null, confidence(transcriptions[0]?.transcriptionConfidence)),
    intent,
    facts,
    botSteps:
      intent === null
        ? []
        : [{ name: intent.name, outcome: STEP_OUTCOMES[state ?? ''] ?? 'abandoned', at, detail: state === null ? null : `state: ${state}` }],
    transcript: [
      ...(said === null ? [] : [{ id: 'input-transcript', from: 'customer' as const, text: said, at, sentiment: score }]),
      ...capFirst(botLines, 1000),
    ],
    sentiment: { score, series: score === null ? [] : [{ at, score }] },
    source: { format: 'lex-v2', conversationId: id, raw: payload },
  };
});
