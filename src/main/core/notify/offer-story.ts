// The one-line story of an offer for a desktop notification: who, verified or not, what they want, mood.
// Plain text only: customer text is flattened to one line, bounded, and stripped of markup characters
// (some Linux notification servers read <b>, <a> and &entities; in the body).
import type { Offer } from '../../../shared/domain/conversation';

export const OFFER_NOTIFICATION_TITLE = 'Incoming contact';

const MAX_PART = 80;
const MAX_LINE = 240;

export function offerStory(offer: Offer): string {
  const { customer, intent, sentiment, reason } = offer.context;
  const name = clean(customer.displayName) || 'Unknown customer';
  const verified = customer.verification ? `verified (${clean(customer.verification.method)})` : 'not verified';
  const want = clean(intent?.label) || reasonLabel(reason.kind);
  return bound([name, verified, want, moodOf(sentiment.score)].join(' · '), MAX_LINE);
}

export function moodOf(score: number | null): string {
  if (score === null) return 'mood unknown';
  if (score <= -0.5) return 'upset';
  if (score < -0.1) return 'unhappy';
  if (score <= 0.3) return 'calm';
  return 'happy';
}

function reasonLabel(kind: Offer['context']['reason']['kind']): string {
  switch (kind) {
    case 'asked-for-human':
      return 'asked for a person';
    case 'not-understood':
      return 'the bot did not understand';
    case 'policy':
      return 'needs an agent by policy';
    case 'failed-step':
      return 'a bot step failed';
    case 'negative-sentiment':
      return 'unhappy with the bot';
    case 'other':
      return 'needs an agent';
  }
}

function clean(text: string | null | undefined): string {
  return plainLine(text, MAX_PART);
}

/** One line, no control or markup characters, bounded: safe for any notification server's body. */
export function plainLine(text: string | null | undefined, max: number): string {
  if (!text) return '';
  const flat = text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/[<>&"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return bound(flat, max);
}

function bound(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
