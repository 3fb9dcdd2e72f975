// The normalized story of a bot-to-human handoff: every bot format maps into this one shape, and the
// agent's Context panel reads only this. Absent knowledge is `null` or an empty list, never guessed.
import { z } from 'zod';

const Instant = z.iso.datetime({ offset: true });
const Text = (max: number) => z.string().max(max);

export const HANDOFF_FORMATS = ['native', 'rasa', 'dialogflow-cx', 'botframework', 'lex-v2', 'chatwoot'] as const;
export const HandoffFormatSchema = z.enum(HANDOFF_FORMATS);
export type HandoffFormat = z.infer<typeof HandoffFormatSchema>;

export const ChannelSchema = z.enum(['chat', 'voice', 'messaging', 'email']);
export type Channel = z.infer<typeof ChannelSchema>;

/** How the customer's identity was proven (SMS code, password, voice print ...), or null if it was not. */
export const VerificationSchema = z.object({ method: Text(200).min(1), at: Instant.nullable().default(null) });
export type Verification = z.infer<typeof VerificationSchema>;

export const ContactPointSchema = z.object({
  kind: z.enum(['email', 'phone', 'account', 'handle', 'other']),
  value: Text(500).min(1),
  verified: z.boolean().default(false),
});
export type ContactPoint = z.infer<typeof ContactPointSchema>;

export const CustomerSchema = z.object({
  id: Text(200).nullable().default(null),
  displayName: Text(200).nullable().default(null),
  contactPoints: z.array(ContactPointSchema).max(50).default([]),
  verification: VerificationSchema.nullable().default(null),
  tier: Text(100).nullable().default(null),
  segment: Text(100).nullable().default(null),
  /** BCP 47 language tag, e.g. `en-GB`. */
  locale: Text(35).nullable().default(null),
});
export type Customer = z.infer<typeof CustomerSchema>;

export const EscalationReasonSchema = z.object({
  kind: z.enum(['asked-for-human', 'not-understood', 'policy', 'failed-step', 'negative-sentiment', 'other']),
  detail: Text(1000).nullable().default(null),
});
export type EscalationReason = z.infer<typeof EscalationReasonSchema>;

export const RoutingHintsSchema = z.object({
  queue: Text(100).nullable().default(null),
  skills: z.array(Text(100)).max(20).default([]),
  /** 0 (lowest) .. 10 (highest); routing serves higher first, then longest waiting. */
  priority: z.number().int().min(0).max(10).default(5),
});
export type RoutingHints = z.infer<typeof RoutingHintsSchema>;

const IntentGuessSchema = z.object({
  name: Text(200).min(1),
  label: Text(200).min(1),
  confidence: z.number().min(0).max(1).nullable().default(null),
});
export const IntentSchema = IntentGuessSchema.extend({ alternatives: z.array(IntentGuessSchema).max(20).default([]) });
export type Intent = z.infer<typeof IntentSchema>;

export const FactStatusSchema = z.enum(['confirmed', 'collected', 'missing', 'invalid']);
export type FactStatus = z.infer<typeof FactStatusSchema>;

export const FactSchema = z.object({
  /** Stable machine key (`orderNumber`), used by canned responses and the repeat guard. */
  key: Text(100).min(1),
  label: Text(200).min(1),
  /** Null when missing; for invalid facts, the value the customer gave that failed. */
  value: Text(2000).nullable().default(null),
  status: FactStatusSchema,
  /** Where it came from: `bot`, `bot:slot`, `crm`, `form` ... */
  source: Text(100).default('bot'),
  /** Masked values (card, phone) are shown masked until the agent reveals them. */
  sensitive: z.boolean().default(false),
});
export type Fact = z.infer<typeof FactSchema>;

export const BotStepSchema = z.object({
  name: Text(300).min(1),
  outcome: z.enum(['succeeded', 'failed', 'abandoned']),
  at: Instant.nullable().default(null),
  detail: Text(1000).nullable().default(null),
});
export type BotStep = z.infer<typeof BotStepSchema>;

export const TranscriptEntrySchema = z.object({
  id: Text(200).min(1),
  from: z.enum(['customer', 'bot', 'agent', 'system']),
  text: Text(20_000),
  at: Instant.nullable().default(null),
  sentiment: z.number().min(-1).max(1).nullable().default(null),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;

export const JourneyEventSchema = z.object({
  kind: z.enum(['page', 'screen', 'event']),
  label: Text(500).min(1),
  url: Text(2000).nullable().default(null),
  at: Instant.nullable().default(null),
});
export type JourneyEvent = z.infer<typeof JourneyEventSchema>;

export const PriorContactSchema = z.object({
  at: Instant,
  channel: ChannelSchema,
  summary: Text(2000),
  outcome: Text(200).nullable().default(null),
});
export type PriorContact = z.infer<typeof PriorContactSchema>;

export const SentimentPointSchema = z.object({ at: Instant, score: z.number().min(-1).max(1) });
export const SentimentSchema = z.object({
  /** Latest score in -1..1, null when nothing was scored. */
  score: z.number().min(-1).max(1).nullable().default(null),
  series: z.array(SentimentPointSchema).max(2000).default([]),
});
export type Sentiment = z.infer<typeof SentimentSchema>;

export const HandoffSourceSchema = z.object({
  format: HandoffFormatSchema,
  /** The bot platform's own conversation/session id: the idempotency anchor. */
  conversationId: Text(500).min(1),
  /** The payload exactly as received. */
  raw: z.unknown(),
});

export const HandoffContextSchema = z.object({
  customer: CustomerSchema.default(() => CustomerSchema.parse({})),
  channel: ChannelSchema.default('chat'),
  routing: RoutingHintsSchema.default(() => RoutingHintsSchema.parse({})),
  reason: EscalationReasonSchema.default({ kind: 'asked-for-human', detail: null }),
  intent: IntentSchema.nullable().default(null),
  facts: z.array(FactSchema).max(200).default([]),
  botSteps: z.array(BotStepSchema).max(500).default([]),
  transcript: z.array(TranscriptEntrySchema).max(20_000).default([]),
  journey: z
    .object({
      events: z.array(JourneyEventSchema).max(500).default([]),
      priorContacts: z.array(PriorContactSchema).max(100).default([]),
    })
    .default({ events: [], priorContacts: [] }),
  sentiment: SentimentSchema.default({ score: null, series: [] }),
  source: HandoffSourceSchema,
});
/** The normalized context (all defaults filled in). */
export type HandoffContext = z.infer<typeof HandoffContextSchema>;
/** What an adapter produces: any field with a default may be left out. */
export type HandoffContextInput = z.input<typeof HandoffContextSchema>;

/** Facts the agent must not ask for again. */
export function knownFacts(context: Pick<HandoffContext, 'facts'>): Fact[] {
  return context.facts.filter((f) => (f.status === 'confirmed' || f.status === 'collected') && f.value !== null);
}
