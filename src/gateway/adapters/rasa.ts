// Rasa tracker-store JSON (GET /conversations/{id}/tracker) → HandoffContext. Reads the events
// (user, bot, slot, action, action_execution_rejected, pause), `slots` and `latest_message`. Pure.
import type { BotStep, EscalationReason, Fact, TranscriptEntry } from '../../shared/domain/handoff-context';
import {
  anchorId,
  customerHintsFromFacts,
  dedupeFacts,
  defineAdapter,
  fact,
  asksForHuman,
} from './context-helpers';
import {
  capFirst,
  capLast,
  channelFromName,
  confidence,
  epochSecondsToIso,
  humanise,
  isRecord,
  list,
  rec,
  str,
  truncate,
  type JsonRecord,
} from './map-helpers';

/** Slots Rasa keeps for itself: never facts about the customer. */
const INTERNAL_SLOTS = new Set(['requested_slot', 'session_started_metadata', 'session_start_metadata']);

interface Walk {
  transcript: TranscriptEntry[];
  steps: BotStep[];
  slotValues: Map<string, unknown>;
  paused: boolean;
  lastParse: JsonRecord | null;
}

function walkEvents(events: unknown[]): Walk {
  const walk: Walk = { transcript: [], steps: [], slotValues: new Map(), paused: false, lastParse: null };
  events.forEach((event, index) => {
    if (!isRecord(event)) return;
    const at = epochSecondsToIso(event.timestamp);
    // The event index keeps ids unique even when a bot repeats message ids.
    const id = `event-${index}`;
    switch (event.event) {
      case 'user':
        walk.transcript.push({ id, from: 'customer', text: truncate(str(event.text) ?? '', 20_000), at, sentiment: null });
        if (isRecord(event.parse_data)) walk.lastParse = event.parse_data;
        break;
      case 'bot':
        walk.transcript.push({ id, from: 'bot', text: truncate(str(event.text) ?? '', 20_000), at, sentiment: null });
        break;
      case 'slot': {
        const name = str(event.name, 300);
        if (name !== null) walk.slotValues.set(name, event.value ?? null);
        break;
      }
      case 'action': {
        const name = str(event.name, 300);
        if (name !== null && isBotStep(name)) walk.steps.push({ name: stepName(name), outcome: 'succeeded', at, detail: null });
        break;
      }
      case 'action_execution_rejected': {
        const name = stepName(str(event.name, 300) ?? 'unknown action');
        const previous = [...walk.steps].reverse().find((s) => s.name === name);
        if (previous) previous.outcome = 'failed';
        else walk.steps.push({ name, outcome: 'failed', at, detail: 'execution rejected' });
        break;
      }
      case 'pause':
        walk.paused = true;
        break;
      default:
        break;
    }
  });
  return walk;
}

/**
 * Steps are what the bot *did* (custom actions, forms, fallbacks). `utter_*` responses are messages and
 * already in the transcript; `action_listen` and session bookkeeping are Rasa's own plumbing. Which policy
 * chose an action is noise to an agent (it stays in the raw payload).
 */
const PLUMBING_ACTIONS = new Set(['action_listen', 'action_session_start', 'action_restart', 'action_unlikely_intent']);
function isBotStep(name: string): boolean {
  return !PLUMBING_ACTIONS.has(name) && !name.startsWith('utter_');
}

/** `action_check_order` → "Check order"; a form or other name is put in words as it is. */
function stepName(name: string): string {
  return humanise(name.replace(/^action_/, ''), 300);
}

function slotFacts(slots: Map<string, unknown>): Fact[] {
  const requested = str(slots.get('requested_slot'), 300);
  const facts: Fact[] = [];
  for (const [name, value] of slots) {
    if (INTERNAL_SLOTS.has(name)) continue;
    if (value !== null && value !== undefined) facts.push(fact(name, value, 'collected', 'bot:slot'));
    // A null slot the bot was asking for is a fact it tried to collect and did not get.
    else if (name === requested) facts.push(fact(name, null, 'missing', 'bot:slot'));
  }
  return facts;
}

function intentOf(message: JsonRecord | null) {
  if (message === null) return null;
  const top = rec(message, 'intent');
  const name = str(top.name, 200);
  if (name === null) return null;
  const alternatives = list(message, 'intent_ranking')
    .filter(isRecord)
    .map((r) => ({ name: str(r.name, 200), confidence: confidence(r.confidence) }))
    .filter((r): r is { name: string; confidence: number | null } => r.name !== null && r.name !== name)
    .map((r) => ({ ...r, label: humanise(r.name) }));
  return { name, label: humanise(name), confidence: confidence(top.confidence), alternatives: capFirst(alternatives, 20) };
}

function reasonOf(intentName: string | null, failed: BotStep | null, paused: boolean): EscalationReason {
  if (intentName === 'nlu_fallback') return { kind: 'not-understood', detail: 'NLU fallback: the bot did not understand' };
  if (intentName !== null && asksForHuman(intentName)) {
    return { kind: 'asked-for-human', detail: failed ? `asked after ${failed.name} failed` : `intent ${intentName}` };
  }
  if (failed) return { kind: 'failed-step', detail: `${failed.name} failed` };
  return { kind: 'asked-for-human', detail: paused ? 'the bot paused the conversation for a human' : null };
}

export const rasaAdapter = defineAdapter('rasa', 'Rasa tracker-store JSON', ({ payload }) => {
  const tracker = payload as JsonRecord;
  const id = anchorId(tracker.sender_id ?? tracker.conversation_id, 'sender_id');
  if (typeof id !== 'string') return { issues: [id] };

  const walk = walkEvents(list(tracker, 'events'));
  for (const [name, value] of Object.entries(rec(tracker, 'slots'))) walk.slotValues.set(name, value);
  const facts = capFirst(dedupeFacts(slotFacts(walk.slotValues)), 200);

  const latest = rec(tracker, 'latest_message');
  const intent = intentOf(str(rec(latest, 'intent').name) !== null ? latest : walk.lastParse);
  const reason = reasonOf(intent?.name ?? null, walk.steps.find((s) => s.outcome === 'failed') ?? null, walk.paused || tracker.paused === true);
  const hints = customerHintsFromFacts(facts);

  return {
    customer: { displayName: hints.displayName, contactPoints: hints.contactPoints },
    channel: channelFromName(str(tracker.latest_input_channel, 100)),
    reason,
    intent,
    facts,
    botSteps: capLast(walk.steps, 500),
    transcript: capLast(walk.transcript, 20_000),
    source: { format: 'rasa', conversationId: id, raw: payload },
  };
});
