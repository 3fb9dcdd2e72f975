// What a simulated customer says back to an agent: answers, thanks, restated facts, goodbye. Mood drops
// when the agent asks again for what the bot already had and rises with empathy or a resolution. Pure.
import type { Fact } from '../../shared/domain/handoff-context';
import { findRepeatedAsks } from '../../shared/domain/repeat-guard';
import { MOOD_MAX, MOOD_MIN, restate, type Persona } from './customer-persona';
import { fakeAddress } from './fake-people';
import { chance, code, digits, pick, type Random } from './random';

export interface CustomerState {
  mood: number;
  /** The agent offered a fix (refund, replacement, done ...). */
  resolved: boolean;
  /** Fact keys the customer already restated unprompted, so they do not repeat themselves. */
  restated: readonly string[];
}

export interface Reply {
  text: string;
  state: CustomerState;
  /** Say goodbye and end the chat after this message. */
  leave: boolean;
}

const CALMING = /\b(sorry|apologi[sz]e|understand|refund(ed)?|replacement|sent|done|thanks?|thank you)\b/i;
const RESOLUTION = /\b(refund(ed)?|replacement|sent|done|fixed|resolved|updated|cancelled|canceled|processed)\b/i;
const CLOSING = /\b(anything else|thanks?|thank you|have a (good|nice|great))\b/i;
const OPEN_QUESTION = /\b(how can i help|what happened|what seems|what('s| is) (the|wrong)|tell me (more|about)|help you|describe)\b/i;
const YES_NO = /^(is|are|do|does|did|have|has|can|could|would|will|was|were)\b/i;
const SPONTANEOUS_RESTATE = 0.2;
const LEAVE_CHANCE = 0.6;

const REPEAT_COMPLAINT: Readonly<Record<number, readonly string[]>> = {
  [-3]: ['I have ALREADY given all of this to the bot!', 'Unbelievable. I told the bot this already!'],
  [-2]: ['Seriously? I already gave the bot that.', 'Why am I repeating myself? I told the bot.'],
  [-1]: ['I did already tell the bot that.', 'I gave that to the bot earlier.'],
};
const ANGRY_TAIL = ['Do you people not talk to each other?', 'This is really frustrating.', 'Please hurry up, I have been at this for ages.'];
const CALMED = ['Thank you, I appreciate that.', 'OK, thanks for understanding.', 'Right, thank you.'];
const PLEASED = ['Oh, that is great, thank you!', 'Brilliant, thank you so much.', 'OK, finally. Thank you.'];
const GOODBYE = ["No, that's everything. Thanks for your help, bye!", "That's all, thank you. Have a good day!", 'All sorted then, thanks. Bye.'];
const YES_NO_ANSWERS = ['Yes.', "Yes, that's right.", 'No, not yet.', 'I think so, yes.', 'No.'];
const ACKS = ['OK.', 'Alright.', "OK, I'll wait.", 'Sure.'];

function clampMood(mood: number): number {
  return Math.max(MOOD_MIN, Math.min(MOOD_MAX, mood));
}

function complaintFor(mood: number, random: Random): string {
  return pick(random, REPEAT_COMPLAINT[Math.max(MOOD_MIN, Math.min(-1, mood))] ?? ['I gave that to the bot earlier.']);
}

/** An invented answer for a fact the bot never got: plausible, fictional, never a secret. */
function inventAnswer(fact: Fact, persona: Persona, random: Random): string {
  const words = `${fact.key} ${fact.label}`.toLowerCase();
  if (/pin|password|passcode|code|secret/.test(words)) return "I don't remember it, sorry. That's partly why I'm here.";
  if (/date|day|when/.test(words)) return `It was ${pick(random, ['yesterday', 'last Tuesday', 'about a week ago', 'on the 3rd'])}.`;
  if (/method/.test(words)) return 'Back to the card I paid with, please.';
  if (/email/.test(words)) return `It's ${(persona.firstName || 'sam').toLowerCase()}.sample@example.com.`;
  if (/phone|mobile/.test(words)) return `It's +447700900${digits(random, 3)}.`;
  if (/address|postcode|zip/.test(words)) {
    const address = fakeAddress(random, 'en-GB');
    return `It's ${address.line1}, ${address.town}, ${address.postcode}.`;
  }
  if (/number|id|reference|ref/.test(words)) return `It's ${code(random, 6)}.`;
  return "I'm not sure, to be honest.";
}

/** Facts the bot is still missing that the agent's message asks for (the repeat guard finds the asks). */
function askedMissing(agentText: string, facts: readonly Fact[]): Fact[] {
  const missing = facts.filter((f) => f.status === 'missing' || f.status === 'invalid');
  const asked = new Set(findRepeatedAsks(agentText, missing.map((f) => ({ ...f, status: 'collected' as const, value: '?' }))).map((h) => h.key));
  return missing.filter((f) => asked.has(f.key));
}

function answer(agentText: string, persona: Persona, state: CustomerState, random: Random): string {
  const missing = askedMissing(agentText, persona.facts);
  if (missing.length > 0) return missing.map((f) => inventAnswer(f, persona, random)).join(' ');
  if (/anything else/i.test(agentText)) return `Well, the main thing is still open. ${persona.story.want}`;
  if (OPEN_QUESTION.test(agentText)) return `${persona.story.problem} ${persona.story.want}`;
  if (YES_NO.test(agentText.trim())) return pick(random, YES_NO_ANSWERS);
  return state.mood <= -2 ? `I don't know what you mean. ${persona.story.want}` : `Sorry, I'm not sure. ${persona.story.want}`;
}

export function initialState(persona: Persona): CustomerState {
  return { mood: persona.mood, resolved: false, restated: [] };
}

export function composeReply(persona: Persona, state: CustomerState, agentText: string, random: Random): Reply {
  const repeats = findRepeatedAsks(agentText, persona.facts);
  const calming = repeats.length === 0 && CALMING.test(agentText);
  const mood = clampMood(repeats.length > 0 ? state.mood - 1 : calming ? state.mood + 1 : state.mood);
  const next: CustomerState = { ...state, mood, resolved: state.resolved || (repeats.length === 0 && RESOLUTION.test(agentText)) };
  const parts: string[] = [];

  if (repeats.length > 0) {
    parts.push(complaintFor(mood, random));
    parts.push(...repeats.map((r) => `As I told the bot, ${restate(r)}.`));
    if (mood <= -2) parts.push(pick(random, ANGRY_TAIL));
    return { text: parts.join(' '), state: { ...next, restated: [...state.restated, ...repeats.map((r) => r.key)] }, leave: false };
  }
  if (state.resolved && CLOSING.test(agentText)) {
    return { text: pick(random, GOODBYE), state: next, leave: chance(random, LEAVE_CHANCE) };
  }
  if (next.resolved && !state.resolved) parts.push(pick(random, PLEASED));
  else if (mood > state.mood) parts.push(pick(random, CALMED));
  if (agentText.includes('?')) parts.push(answer(agentText, persona, next, random));
  else if (parts.length === 0) parts.push(pick(random, ACKS));

  let restated = state.restated;
  const unsaid = persona.facts.filter((f) => (f.status === 'confirmed' || f.status === 'collected') && f.value !== null && !restated.includes(f.key));
  if (unsaid.length > 0 && chance(random, SPONTANEOUS_RESTATE)) {
    const fact = pick(random, unsaid);
    parts.push(`As I told the bot, ${restate(fact)}.`);
    restated = [...restated, fact.key];
  }
  if (mood <= -2 && !next.resolved) parts.push(pick(random, ANGRY_TAIL));
  return { text: parts.join(' '), state: { ...next, restated }, leave: false };
}
