// The repeat guard: finds where an agent's draft ASKS the customer for something the bot already
// knows. Pure word rules (fact labels, keys, a synonym list, asking cues); it never blocks sending.
import { knownFacts, type Fact } from './handoff-context';

export interface RepeatHint {
  key: string;
  label: string;
  value: string;
  sensitive: boolean;
  /** The words in the draft that asked for it, as normalized tokens. */
  asked: string;
}

/** Names people use for the same fact. The longest term found in a phrase decides its group. */
const SYNONYMS: readonly (readonly string[])[] = [
  ['order number', 'order no', 'order #', 'order id', 'order ref', 'order reference', 'order code'],
  ['email', 'email address', 'mail address'],
  ['phone', 'phone number', 'phone no', 'mobile', 'mobile number', 'telephone', 'telephone number', 'cell', 'cell number', 'contact number'],
  ['postcode', 'post code', 'zip', 'zip code', 'zipcode', 'postal code'],
  ['address', 'home address', 'street address', 'postal address', 'mailing address'],
  ['delivery address', 'shipping address'],
  ['billing address'],
  ['date of birth', 'dob', 'birthday', 'birth date', 'birthdate'],
  ['account number', 'account no', 'account #', 'account id', 'customer number', 'customer id', 'member number'],
  ['name', 'full name', 'first name', 'last name', 'surname'],
  ['card', 'card number', 'last four', 'last 4', 'last four digits', 'last 4 digits', 'card ending'],
  ['tracking number', 'tracking no', 'tracking id', 'tracking code'],
  ['serial number', 'serial no', 'serial'],
];
/** Too common to count unless it is plainly the customer's ("your name"). */
const WEAK = new Set(['name', 'serial', 'card', 'cell']);

const PHRASE_CUES = [
  'can you', 'could you', 'would you', 'will you', 'can i have', 'can i get', 'can i take', 'can i ask',
  'could i have', 'could i get', 'could i take', 'may i have', 'may i get', 'may i take', 'may i ask',
  'whats', 'what is', 'what was', 'what are', 'which is', 'tell me', 'let me know', 'give me', 'send me',
  'need your', 'need the', 'need you to', 'need to know', 'need to have', 'do you have', 'do you know',
  'share your', 'provide your', 'remind me',
].map((c) => c.split(' '));
const ASKING_VERBS = new Set(['confirm', 'tell', 'give', 'send', 'share', 'provide', 'enter', 'type', 'spell', 'state', 'verify', 'read', 'text', 'repeat']);
const LEAD_INS = new Set(['please', 'kindly', 'just', 'now', 'first', 'so', 'ok', 'okay', 'then', 'and', 'also']);
const NEGATIONS = ['dont need', 'do not need', 'no need', 'wont need', 'dont have to', 'do not have to', 'not need'].map((c) => c.split(' '));
const DETERMINERS = new Set(['your', 'the', 'a', 'an', 'this', 'that', 'our', 'my', 'his', 'her', 'their']);
const NOT_THE_CUSTOMERS = new Set(['our', 'my', 'his', 'her', 'their']);
/** A word before the term that means the draft USES the thing rather than asking for it. */
const USING = new Set([
  'to', 'in', 'on', 'at', 'from', 'into', 'via', 'by', 'with', 'under', 'inside', 'through',
  'check', 'open', 'update', 'change', 'reset', 'use', 'access', 'see', 'receive', 'received', 'checked', 'updated', 'changed',
]);
const QUESTION_WORDS = new Set(['what', 'whats', 'which']);
const TRAILING_FILLER = new Set(['please', 'again', 'too', 'for', 'me', 'as', 'well', 'then', 'thanks']);

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/e-mail/g, 'email')
    .replace(/\bd\.o\.b\.?/g, 'dob')
    .replace(/\bno\.(?=\s|$)/g, 'no ')
    .replace(/['’]/g, '');
}

function tokenize(text: string): string[] {
  return normalize(text).match(/[a-z0-9]+|#/g) ?? [];
}

function startsAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => tokens[at + i] === word);
}

function contains(tokens: readonly string[], phrase: readonly string[]): boolean {
  return tokens.some((_, i) => startsAt(tokens, i, phrase));
}

interface Occurrence {
  term: string;
  start: number;
  end: number;
}

/** Longest terms first, never overlapping: "email address" hides the "address" inside it. */
function findTerms(tokens: readonly string[], terms: readonly (readonly string[])[]): Occurrence[] {
  const taken = new Array<boolean>(tokens.length).fill(false);
  const found: Occurrence[] = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    for (let i = 0; i + term.length <= tokens.length; i++) {
      if (!startsAt(tokens, i, term) || taken.slice(i, i + term.length).some(Boolean)) continue;
      taken.fill(true, i, i + term.length);
      found.push({ term: term.join(' '), start: i, end: i + term.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const GROUP_TERMS = SYNONYMS.flatMap((group) => group.map((t) => t.split(' ')));

function splitKey(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_\-.]+/g, ' ');
}

/** Every term that names this fact: its label, its key, and the synonym groups they fall in. */
function termsFor(fact: Fact): Set<string> {
  const phrases = [fact.label, splitKey(fact.key)].map((p) => tokenize(p)).filter((t) => t.length > 0);
  const terms = new Set(phrases.map((p) => p.join(' ')));
  for (const phrase of phrases) {
    for (const hit of findTerms(phrase, GROUP_TERMS)) {
      for (const group of SYNONYMS) if (group.includes(hit.term)) for (const t of group) terms.add(t);
    }
    // "address" asks for a "Delivery address" too: the phrase's head word, when it is a known term.
    const head = phrase[phrase.length - 1];
    if (head && GROUP_TERMS.some((t) => t.length === 1 && t[0] === head)) terms.add(head);
  }
  return terms;
}

interface Sentence {
  tokens: string[];
  clauses: string[][];
  question: boolean;
}

function sentences(draft: string): Sentence[] {
  const parts = normalize(draft).match(/[^.!?;\n]+[.!?;\n]*/g) ?? [];
  return parts.map((p) => ({ tokens: tokenize(p), clauses: p.split(/[,:]+/).map(tokenize), question: p.includes('?') }));
}

/** "Confirm your postcode", "Hi Maria, please tell me ...": an asking verb opening a clause, or after "please". */
function hasImperative(sentence: Sentence): boolean {
  const opens = sentence.clauses.some((words) => {
    let i = 0;
    while (i < words.length && LEAD_INS.has(words[i] ?? '')) i++;
    return ASKING_VERBS.has(words[i] ?? '');
  });
  return opens || sentence.tokens.some((t, i) => (t === 'please' || t === 'kindly') && ASKING_VERBS.has(sentence.tokens[i + 1] ?? ''));
}

function asksFor(sentence: Sentence, hit: Occurrence, strongCue: boolean): boolean {
  const { tokens } = sentence;
  const before = tokens[hit.start - 1];
  const determiner = before !== undefined && DETERMINERS.has(before) ? before : null;
  if (determiner !== null && NOT_THE_CUSTOMERS.has(determiner)) return false;
  const governor = tokens[hit.start - (determiner ? 2 : 1)];
  if (governor !== undefined && USING.has(governor)) return false;
  if (WEAK.has(hit.term) && determiner !== 'your') return false;
  if (strongCue) return true;
  if (!sentence.question || (determiner !== null && determiner !== 'your')) return false;
  const atEnd = tokens.slice(hit.end).every((t) => TRAILING_FILLER.has(t));
  return atEnd || QUESTION_WORDS.has(tokens[0] ?? '');
}

function compact(text: string): string {
  return normalize(text).replace(/[^a-z0-9]/g, '');
}

/** Hints for each known fact (confirmed or collected, with a value) that the draft asks for again. */
export function findRepeatedAsks(draft: string, facts: readonly Fact[]): RepeatHint[] {
  const known = knownFacts({ facts: [...facts] }).map((fact) => ({ fact, terms: termsFor(fact) }));
  if (known.length === 0 || draft.trim() === '') return [];
  const scanned = [...new Set([...GROUP_TERMS.map((t) => t.join(' ')), ...known.flatMap((k) => [...k.terms])])].map((t) => t.split(' '));
  const draftCompact = compact(draft);
  const hints = new Map<string, RepeatHint>();
  for (const sentence of sentences(draft)) {
    if (NEGATIONS.some((n) => contains(sentence.tokens, n))) continue;
    const strongCue = PHRASE_CUES.some((c) => contains(sentence.tokens, c)) || hasImperative(sentence);
    for (const hit of findTerms(sentence.tokens, scanned)) {
      if (!asksFor(sentence, hit, strongCue)) continue;
      for (const { fact, terms } of known) {
        const value = fact.value ?? '';
        // A draft that already says the value is using it, not asking for it.
        const valueCompact = compact(value);
        if (!terms.has(hit.term) || hints.has(fact.key) || (valueCompact.length >= 3 && draftCompact.includes(valueCompact))) continue;
        hints.set(fact.key, { key: fact.key, label: fact.label, value, sensitive: fact.sensitive, asked: hit.term });
      }
    }
  }
  return [...hints.values()];
}
