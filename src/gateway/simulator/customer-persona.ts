// Who a simulated customer is after the handover: the invented person and facts the gateway holds for
// the conversation, plus what the scenario's customer wants. Pure; it never invents personal data.
import type { Fact, HandoffContext } from '../../shared/domain/handoff-context';

export interface Story {
  /** What went wrong, in the customer's words. */
  problem: string;
  /** What they want from the agent. */
  want: string;
}

export interface Persona {
  firstName: string;
  scenario: string;
  facts: Fact[];
  story: Story;
  /** -3 (furious) .. 2 (happy); starts from the bot's sentiment. */
  mood: number;
}

const STORIES: Readonly<Record<string, Story>> = {
  'damaged-return': { problem: 'My order arrived damaged.', want: "I'd like a refund, not a replacement." },
  'billing-dispute': { problem: "I've been charged twice on my last bill.", want: 'I want the extra charge refunded.' },
  'password-reset': { problem: "I can't log in because the one-time code never arrives.", want: 'I just need to get back into my account.' },
  'outage-report': { problem: 'My internet and landline are both down.', want: 'I need to know when it will be fixed.' },
  'address-change': { problem: "I've moved house and my address needs updating.", want: 'Please change it before my next delivery.' },
  cancellation: { problem: 'I want to cancel my subscription.', want: "Please just cancel it, I don't want the offer." },
  'slow-broadband': { problem: 'My broadband has been painfully slow for days.', want: 'I need it fixed, I work from home.' },
};

export const MOOD_MIN = -3;
export const MOOD_MAX = 2;

/** The bot's last sentiment score (-1..1) as a starting mood. */
export function moodFromSentiment(score: number | null): number {
  if (score === null) return 0;
  if (score <= -0.5) return -2;
  if (score <= -0.15) return -1;
  return score >= 0.5 ? 1 : 0;
}

type PersonaContext = Pick<HandoffContext, 'customer' | 'facts' | 'intent' | 'sentiment'>;

export function personaFrom(context: PersonaContext, scenario: string): Persona {
  const displayName = context.customer.displayName?.trim() ?? '';
  const story = STORIES[scenario] ?? {
    problem: context.intent ? `It's about: ${context.intent.label.toLowerCase()}.` : 'I have a problem with my account.',
    want: 'I just want this sorted out.',
  };
  return { firstName: displayName.split(/\s+/)[0] ?? '', scenario, facts: context.facts, story, mood: moodFromSentiment(context.sentiment.score) };
}

/** "Order number" → "order number"; acronyms ("PIN") stay as they are. */
export function spokenLabel(label: string): string {
  return label.replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
}

/** How a customer restates a known fact; masked ones only by their last characters. */
export function restate(fact: Pick<Fact, 'label' | 'value' | 'sensitive'>): string {
  const value = fact.value ?? '';
  if (fact.sensitive) return `my ${spokenLabel(fact.label)} ends in ${value.slice(-4)}`;
  return `my ${spokenLabel(fact.label)} is ${value}`;
}
