// Dialogflow CX v3 WebhookRequest → HandoffContext: intentInfo, pageInfo.formInfo.parameterInfo,
// sessionInfo (the anchor and parameters), sentimentAnalysisResult, messages incl. liveAgentHandoff. Pure.
import type { BotStep, EscalationReason, Fact, FactStatus, TranscriptEntry } from '../../shared/domain/handoff-context';
import {
  anchorId,
  customerHintsFromFacts,
  dedupeFacts,
  defineAdapter,
  fact,
  reasonFrom,
  routingFromRecord,
  type RoutingHintsInput,
} from './context-helpers';
import { capFirst, clampScore, confidence, humanise, isRecord, list, localeTag, rec, str, type JsonRecord } from './map-helpers';

const FORM_STATES: Record<string, FactStatus> = { FILLED: 'collected', INVALID: 'invalid', EMPTY: 'missing' };

function formFacts(request: JsonRecord): Fact[] {
  return list(rec(rec(request, 'pageInfo'), 'formInfo'), 'parameterInfo')
    .filter(isRecord)
    .flatMap((p): Fact[] => {
      const name = str(p.displayName, 300);
      if (name === null) return [];
      const state = str(p.state, 50)?.toUpperCase() ?? '';
      // Unknown states (PARAMETER_STATE_UNSPECIFIED, future ones) fall back to "has a value or not".
      const status = FORM_STATES[state] ?? (p.value === undefined || p.value === null ? 'missing' : 'collected');
      return [fact(name, p.value, status, 'bot:form')];
    });
}

function intentParameterFacts(request: JsonRecord): Fact[] {
  return Object.entries(rec(rec(request, 'intentInfo'), 'parameters')).map(([name, p]) =>
    fact(name, isRecord(p) ? (p.resolvedValue ?? p.originalValue) : p, 'collected', 'bot:intent'),
  );
}

function sessionFacts(request: JsonRecord): Fact[] {
  return Object.entries(rec(rec(request, 'sessionInfo'), 'parameters'))
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => fact(name, value, 'collected', 'bot:session'));
}

function handoffOf(messages: unknown[]): { found: boolean; metadata: JsonRecord } {
  const message = messages.find((m) => isRecord(m) && m.liveAgentHandoff !== undefined);
  if (!isRecord(message)) return { found: false, metadata: {} };
  const metadata = rec(message.liveAgentHandoff, 'metadata');
  return { found: true, metadata };
}

function botTexts(messages: unknown[], at: string): TranscriptEntry[] {
  return messages.filter(isRecord).flatMap((m, index) =>
    list(rec(m, 'text'), 'text')
      .map((t) => str(t))
      .filter((t): t is string => t !== null)
      .map((text, line) => ({ id: `message-${index}-${line}`, from: 'bot' as const, text, at, sentiment: null })),
  );
}

function pageStep(request: JsonRecord, facts: Fact[], at: string): BotStep[] {
  const page = rec(request, 'pageInfo');
  const name = str(page.displayName, 280) ?? str(str(page.currentPage, 2000)?.split('/').pop(), 280);
  if (name === null) return [];
  const invalid = facts.filter((f) => f.status === 'invalid' && f.source === 'bot:form').map((f) => f.label);
  const missing = facts.filter((f) => f.status === 'missing' && f.source === 'bot:form').map((f) => f.label);
  const outcome = invalid.length > 0 ? 'failed' : missing.length > 0 ? 'abandoned' : 'succeeded';
  const detail =
    invalid.length > 0 ? `invalid: ${invalid.join(', ')}` : missing.length > 0 ? `still missing: ${missing.join(', ')}` : null;
  return [{ name: `Page: ${name}`, outcome, at, detail: detail?.slice(0, 1000) ?? null }];
}

function reasonOf(handoff: { found: boolean; metadata: JsonRecord }, tag: string | null): EscalationReason {
  if (handoff.found) return reasonFrom(str(handoff.metadata.reason, 1000), 'asked-for-human');
  return { kind: 'asked-for-human', detail: tag === null ? null : `webhook tag: ${tag}` };
}

export const dialogflowCxAdapter = defineAdapter('dialogflow-cx', 'Dialogflow CX WebhookRequest', ({ payload, receivedAt }) => {
  const request = payload as JsonRecord;
  const session = anchorId(rec(request, 'sessionInfo').session, 'sessionInfo.session');
  if (typeof session !== 'string') return { issues: [session] };

  const at = receivedAt.toISOString();
  const facts = capFirst(dedupeFacts([...formFacts(request), ...sessionFacts(request), ...intentParameterFacts(request)]), 200);
  const info = rec(request, 'intentInfo');
  const intentName = str(info.displayName, 200) ?? str(str(info.lastMatchedIntent, 2000)?.split('/').pop(), 200);
  const sentimentResult = rec(request, 'sentimentAnalysisResult');
  const score = clampScore(sentimentResult.score);
  const said = str(request.text) ?? str(request.transcript);
  const messages = list(request, 'messages');
  const handoff = handoffOf(messages);
  const routing: RoutingHintsInput = routingFromRecord(handoff.metadata);
  const hints = customerHintsFromFacts(facts);

  return {
    customer: { displayName: hints.displayName, contactPoints: hints.contactPoints, locale: localeTag(request.languageCode) },
    channel: isRecord(rec(request, 'payload').telephony) || str(request.transcript) !== null ? 'voice' : 'chat',
    routing,
    reason: reasonOf(handoff, str(rec(request, 'fulfillmentInfo').tag, 200)),
    // Display names are often ids like `billing.refund_request`: show those in words.
    intent:
      intentName === null
        ? null
        : { name: intentName, label: /\s/.test(intentName) ? intentName : humanise(intentName), confidence: confidence(info.confidence) },
    facts,
    botSteps: pageStep(request, facts, at),
    transcript: [
      ...(said === null ? [] : [{ id: 'customer-text', from: 'customer' as const, text: said, at, sentiment: score }]),
      ...capFirst(botTexts(messages, at), 1000),
    ],
    sentiment: { score, series: score === null ? [] : [{ at, score }] },
    source: { format: 'dialogflow-cx', conversationId: session, raw: payload },
  };
});
