// "The story so far": a short plain-language paragraph and a one-line summary composed from a
// HandoffContext by fixed rules (no model, no network), so the same context always reads the same.
import { knownFacts, type BotStep, type EscalationReason, type Fact, type HandoffContext } from './handoff-context';

export type Mood = 'negative' | 'neutral' | 'positive';
export type Trend = 'getting worse' | 'steady' | 'improving';

/** Scores at or beyond ±0.25 read as a mood; in between is neutral. */
export function moodOf(score: number | null): Mood | null {
  if (score === null) return null;
  if (score <= -0.25) return 'negative';
  if (score >= 0.25) return 'positive';
  return 'neutral';
}

/** Direction over the last few points of the series (null with fewer than two points). */
export function trendOf(series: readonly { score: number }[]): Trend | null {
  if (series.length < 2) return null;
  const recent = series.slice(-4);
  const first = recent[0]?.score ?? 0;
  const last = recent[recent.length - 1]?.score ?? 0;
  const delta = last - first;
  if (delta <= -0.15) return 'getting worse';
  if (delta >= 0.15) return 'improving';
  return 'steady';
}

/** The customer's name as people read it, or null when the bot never learned it. */
export function customerName(context: Pick<HandoffContext, 'customer'>): string | null {
  const name = context.customer.displayName?.trim();
  return name ? name : null;
}

const REASONS: Record<EscalationReason['kind'], string> = {
  'asked-for-human': 'they asked for a person',
  'not-understood': 'the bot did not understand them',
  policy: 'policy requires a person',
  'failed-step': 'a bot step failed',
  'negative-sentiment': 'their mood turned negative',
  other: 'the bot escalated',
};

const OUTCOMES: Record<BotStep['outcome'], string> = { succeeded: 'done', failed: 'failed', abandoned: 'abandoned' };

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function lowerFirst(text: string): string {
  // Keep acronyms ("SMS", "ID") as they are; lower a normal capitalised word.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function factPhrase(fact: Fact): string {
  const value = fact.sensitive ? 'on file' : clip(fact.value ?? '', 40);
  return `${lowerFirst(clip(fact.label, 40))} ${value}`;
}

/** Who the customer is (name, email, phone ...) is said once already; the story's details are about the case. */
function isIdentityFact(fact: Fact, context: HandoffContext): boolean {
  if (/(^|[^a-z])(name|e-?mail|phone|mobile|telephone|caller)([^a-z]|$)/i.test(`${fact.key} ${fact.label}`)) return true;
  const identity = [context.customer.displayName, context.customer.id, ...context.customer.contactPoints.map((p) => p.value)];
  return identity.some((v) => v !== null && v === fact.value);
}

function whoAndWhat(context: HandoffContext): string {
  const name = customerName(context);
  const who = name ? clip(name, 60) : 'An unnamed customer';
  const method = context.customer.verification?.method;
  const proof = method ? `verified by ${clip(method, 40)}` : 'not verified';
  const caseFacts = knownFacts(context).filter((f) => !isIdentityFact(f, context));
  const facts = caseFacts.slice(0, 2).map(factPhrase);
  const details = facts.length > 0 ? `: ${list(facts)}` : '';
  const what = context.intent ? `is here about “${clip(context.intent.label, 80)}”${details}` : `needs help; the bot did not identify the topic${details}`;
  return `${who} (${proof}) ${what}.`;
}

function stepPhrase(step: BotStep): string {
  // Only a step that went wrong needs its detail; "done" is enough for the rest.
  const detail = step.outcome !== 'succeeded' && step.detail ? `: ${clip(step.detail, 60)}` : '';
  return `${lowerFirst(clip(step.name, 60))} (${OUTCOMES[step.outcome]}${detail})`;
}

/** The steps worth telling: every one that went wrong, then the latest that worked, three at most, in order. */
function tellingSteps(steps: readonly BotStep[]): BotStep[] {
  const troubled = new Set(steps.filter((s) => s.outcome !== 'succeeded').slice(-3));
  const room = 3 - troubled.size;
  const recentSuccesses = new Set(room > 0 ? steps.filter((s) => s.outcome === 'succeeded').slice(-room) : []);
  return steps.filter((s) => troubled.has(s) || recentSuccesses.has(s));
}

function whatTheBotDid(context: HandoffContext): string | null {
  const steps = tellingSteps(context.botSteps).map(stepPhrase);
  const gaps = context.facts.filter((f) => f.status === 'missing' || f.status === 'invalid');
  const gapText = gaps.slice(0, 3).map((f) => `${f.status === 'invalid' ? 'verify' : 'get'} the ${lowerFirst(clip(f.label, 40))}`);
  const parts: string[] = [];
  if (steps.length > 0) parts.push(`What the bot did: ${list(steps)}`);
  else if (context.transcript.length > 0) parts.push(`The bot exchanged ${context.transcript.length} messages with them`);
  if (gapText.length > 0) parts.push(`${parts.length > 0 ? 'it' : 'The bot'} could not ${list(gapText)}`);
  return parts.length > 0 ? `${parts.join('; ')}.` : null;
}

function moodAndReason(context: HandoffContext): string {
  const mood = moodOf(context.sentiment.score);
  const trend = trendOf(context.sentiment.series);
  const detail = context.reason.detail ? ` (“${clip(context.reason.detail, 80)}”)` : '';
  const reason = `handed over because ${REASONS[context.reason.kind]}${detail}.`;
  // No score means no mood to tell: saying "unknown" here only adds words.
  return mood ? `Mood ${mood}${trend ? `, ${trend}` : ''}; ${reason}` : `${reason.charAt(0).toUpperCase()}${reason.slice(1)}`;
}

/** Two to four sentences: who and what, what the bot did and could not do, mood and why it escalated. */
export function composeStory(context: HandoffContext): string {
  return [whoAndWhat(context), whatTheBotDid(context), moodAndReason(context)].filter((s) => s !== null).join(' ');
}

/** For the offer card and the notification: name · verified or not · intent · mood. */
export function oneLineStory(context: HandoffContext): string {
  const name = customerName(context);
  const mood = moodOf(context.sentiment.score);
  return [
    name ? clip(name, 60) : 'Unnamed customer',
    context.customer.verification ? 'verified' : 'not verified',
    context.intent ? clip(context.intent.label, 60) : 'topic unknown',
    mood ?? 'mood unknown',
  ].join(' · ');
}
