// The agent's wellbeing: a run of very negative contacts in a row is tracked by the gateway, which then
// suggests a short recovery break (and more after-contact work). Pure rules and shapes; no timers, no I/O.
import { z } from 'zod';
import type { Sentiment } from './handoff-context';
import { ConversationIdSchema } from './ids';

export const WellbeingConfigSchema = z.strictObject({
  /** How many very negative contacts in a row trigger the suggestion (0 turns it off). */
  streakLength: z.number().int().min(0).max(20).default(3),
  /** A contact whose sentiment reached this score or lower counts as very negative. */
  veryNegativeAtOrBelow: z.number().min(-1).max(0).default(-0.5),
  /** The recovery break the suggestion offers. */
  breakMinutes: z.number().int().min(1).max(60).default(5),
});
export type WellbeingConfig = z.infer<typeof WellbeingConfigSchema>;
export const DEFAULT_WELLBEING: WellbeingConfig = WellbeingConfigSchema.parse({});

/**
 * The lowest sentiment the contact reached, from everything the gateway scored (the bot's series today;
 * per-message scores join the same series when the gateway scores live messages). Null when nothing was scored.
 */
export function lowestSentiment(sentiment: Sentiment): number | null {
  const scores = sentiment.series.map((point) => point.score);
  if (sentiment.score !== null) scores.push(sentiment.score);
  return scores.length === 0 ? null : Math.min(...scores);
}

export function isVeryNegative(sentiment: Sentiment, config: WellbeingConfig): boolean {
  const lowest = lowestSentiment(sentiment);
  return lowest !== null && lowest <= config.veryNegativeAtOrBelow;
}

/** Sent to the agent when their streak reaches the configured length (and again at each further contact). */
export const WellbeingSuggestionSchema = z.object({
  /** Very negative contacts in a row, counting the one that just ended. */
  streak: z.number().int().positive(),
  /** The contact that made the streak reach the threshold; its after-contact work can be extended. */
  conversationId: ConversationIdSchema,
  breakMinutes: z.number().int().positive(),
  at: z.iso.datetime(),
});
export type WellbeingSuggestion = z.infer<typeof WellbeingSuggestionSchema>;
