// Builders for parts of a HandoffContext that several adapters share: facts, customer hints found in
// facts, routing hints, escalation reasons, sentiment labels, and the final schema check. Pure; no I/O.
import {
  HandoffContextSchema,
  type ContactPoint,
  type EscalationReason,
  type Fact,
  type FactStatus,
  type HandoffContextInput,
  type HandoffFormat,
} from '../../shared/domain/handoff-context';
import type { AdapterInput, AdapterIssue, AdapterOutcome, HandoffAdapter } from './adapter';
import { clampScore, factKey, humanise, isRecord, num, str, valueText, type JsonRecord } from './map-helpers';

/** Words in a fact name that mean the value is shown masked until the agent reveals it. */
const SENSITIVE_WORDS = new Set(['card', 'cvv', 'cvc', 'ssn', 'password', 'pin', 'iban', 'secret']);

export function fact(name: string, value: unknown, status: FactStatus, source: string): Fact {
  const text = valueText(value);
  return {
    key: factKey(name),
    label: humanise(name),
    value: status === 'missing' ? null : text,
    // A collected fact without a value is not known: it is missing.
    status: (status === 'collected' || status === 'confirmed') && text === null ? 'missing' : status,
    source: source.slice(0, 100),
    sensitive: humanise(name).toLowerCase().split(' ').some((word) => SENSITIVE_WORDS.has(word)),
  };
}

/** Facts from a flat attribute record (session attributes, custom attributes); null values are skipped. */
export function factsFromRecord(record: JsonRecord, source: string, skip: (key: string) => boolean = () => false): Fact[] {
  return Object.entries(record)
    .filter(([key, value]) => !skip(key) && valueText(value) !== null && key.trim() !== '')
    .map(([key, value]) => fact(key, value, 'collected', source));
}

/** Keeps the first fact per key: callers pass the most authoritative source first. */
export function dedupeFacts(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => (seen.has(f.key) ? false : (seen.add(f.key), true)));
}

const NAME_KEYS = new Set(['name', 'fullName', 'customerName', 'userName', 'displayName', 'firstName']);
const EMAIL_KEYS = new Set(['email', 'emailAddress', 'mail', 'customerEmail']);
const PHONE_KEYS = new Set(['phone', 'phoneNumber', 'mobile', 'mobileNumber', 'telephone', 'callerId']);
const ACCOUNT_KEYS = new Set(['accountNumber', 'accountId', 'customerId', 'memberId']);

export interface CustomerHints {
  displayName: string | null;
  contactPoints: ContactPoint[];
}

/** Who the customer is, as far as the collected facts say (name, email, phone, account). */
export function customerHintsFromFacts(facts: Fact[]): CustomerHints {
  const known = facts.filter((f) => (f.status === 'collected' || f.status === 'confirmed') && f.value !== null);
  const contact = (keys: Set<string>, kind: ContactPoint['kind']): ContactPoint[] =>
    known
      .filter((f) => keys.has(f.key))
      .map((f) => ({ kind, value: (f.value ?? '').slice(0, 500), verified: f.status === 'confirmed' }));
  return {
    displayName: known.find((f) => NAME_KEYS.has(f.key))?.value?.slice(0, 200) ?? null,
    contactPoints: [
      ...contact(EMAIL_KEYS, 'email'),
      ...contact(PHONE_KEYS, 'phone'),
      ...contact(ACCOUNT_KEYS, 'account'),
    ].slice(0, 50),
  };
}

export interface RoutingHintsInput {
  queue: string | null;
  skills: string[];
  priority: number;
}

const PRIORITY_WORDS: Record<string, number> = { urgent: 10, critical: 10, high: 8, medium: 5, normal: 5, low: 2 };

/** 0..10 from a number or a word (`urgent`, `high` ...); unknown values keep the default 5. */
export function priorityFrom(value: unknown): number {
  const n = num(value);
  if (n !== null) return Math.max(0, Math.min(10, Math.round(n)));
  const word = str(value, 50)?.toLowerCase();
  return word !== undefined && word !== null ? (PRIORITY_WORDS[word] ?? 5) : 5;
}

/** Routing hints a bot put in its own context object (`queue`, `skill`/`skills`, `priority`). */
export function routingFromRecord(record: JsonRecord): RoutingHintsInput {
  const skillsRaw = record.skills ?? record.skill;
  const skills = (Array.isArray(skillsRaw) ? skillsRaw : [skillsRaw])
    .map((s) => str(s, 100))
    .filter((s): s is string => s !== null)
    .slice(0, 20);
  return { queue: str(record.queue, 100), skills, priority: priorityFrom(record.priority) };
}

const HUMAN_WORDS = /human|agent|person|operator|representative|handoff|hand-off|escalat/i;

const REASON_ALIASES: [RegExp, EscalationReason['kind']][] = [
  [/not.?understood|no.?match|fallback|didn.?t understand|unrecogni[sz]ed/i, 'not-understood'],
  [/fail|error|reject|timeout|exception/i, 'failed-step'],
  [/policy|compliance|regulat|legal/i, 'policy'],
  [/sentiment|angry|frustrat|upset/i, 'negative-sentiment'],
  [HUMAN_WORDS, 'asked-for-human'],
];

/** Whether an intent or phrase names a person (human, agent, operator ...): used to spot "talk to a human". */
export function asksForHuman(text: string): boolean {
  return HUMAN_WORDS.test(text);
}

/** An escalation reason from free text a bot sent; unfamiliar text is kept as the detail, never rejected. */
export function reasonFrom(text: string | null, fallback: EscalationReason['kind'] = 'asked-for-human'): EscalationReason {
  if (text === null) return { kind: fallback, detail: null };
  const match = REASON_ALIASES.find(([pattern]) => pattern.test(text));
  return { kind: match?.[1] ?? (text === 'other' ? 'other' : fallback), detail: text.slice(0, 1000) };
}

/** Sentiment in -1..1 from per-class scores (positive minus negative) or, failing that, a label. */
export function sentimentFromLabel(label: unknown, scores: unknown): number | null {
  if (isRecord(scores)) {
    const positive = num(scores.positive ?? scores.Positive);
    const negative = num(scores.negative ?? scores.Negative);
    if (positive !== null && negative !== null) return clampScore(positive - negative);
  }
  return LABEL_SCORES[str(label, 50)?.toUpperCase() ?? ''] ?? null;
}

/** Lex's published labels; anything else (a future label, a typo) scores null rather than failing. */
const LABEL_SCORES: Record<string, number> = { POSITIVE: 0.6, NEGATIVE: -0.6, NEUTRAL: 0, MIXED: 0 };

export const INTERNAL_ERROR_PREFIX = 'internal adapter error';

/** Checks the mapped context against the schema, so an adapter can never hand the gateway a bad context. */
export function finalize(context: HandoffContextInput): AdapterOutcome {
  const parsed = HandoffContextSchema.safeParse(context);
  if (parsed.success) return { ok: true, context };
  return {
    ok: false,
    issues: parsed.error.issues.slice(0, 20).map((i) => ({
      path: '',
      message: `${INTERNAL_ERROR_PREFIX}: mapped field ${i.path.join('.')} ${i.message}`,
    })),
  };
}

export type MapResult = HandoffContextInput | { issues: AdapterIssue[] };

/**
 * Wraps a mapping function into a HandoffAdapter that never throws: the gateway must answer 4xx, never
 * crash, whatever a bot sends. The catch is a last line of defence; tests assert it never fires.
 */
export function defineAdapter(
  format: HandoffFormat,
  title: string,
  map: (input: AdapterInput) => MapResult,
): HandoffAdapter {
  return {
    format,
    title,
    toContext(input) {
      try {
        if (!isRecord(input.payload)) {
          return { ok: false, issues: [{ path: '', message: `${title}: the payload must be a JSON object` }] };
        }
        const result = map(input);
        return 'issues' in result ? { ok: false, issues: result.issues } : finalize(result);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, issues: [{ path: '', message: `${INTERNAL_ERROR_PREFIX}: ${message}`.slice(0, 500) }] };
      }
    },
  };
}

/** The conversation anchor: required, exact (never truncated: that could merge two conversations). */
export function anchorId(value: unknown, path: string): string | AdapterIssue {
  const id = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (id === '') return { path, message: `${path} is required: it identifies the bot's conversation` };
  if (id.length > 500) return { path, message: `${path} is longer than 500 characters` };
  return id;
}
