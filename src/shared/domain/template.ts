// Fills a canned response's {{variables}} from the conversation's context and the agent's name. Pure: a
// variable it cannot fill stays visibly as {{...}} and is listed in `missing`, so nothing is ever sent blank.
import type { Customer, Fact } from './handoff-context';

export interface TemplateInput {
  context: { customer: Customer; facts: readonly Fact[] };
  /** The agent's display name; the first word is `agent.firstName`. */
  agentName: string;
}

export interface FilledTemplate {
  text: string;
  /** Variable names (without braces) that could not be filled, each listed once, in order of appearance. */
  missing: string[];
}

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

const firstWord = (value: string | null): string | null => clean(value?.split(/\s+/)[0]);

function valueOf(name: string, { context, agentName }: TemplateInput): string | null {
  const { customer, facts } = context;
  switch (name) {
    case 'customer.name':
      return clean(customer.displayName);
    case 'customer.firstName':
      return firstWord(clean(customer.displayName));
    case 'customer.email':
      return clean(customer.contactPoints.find((point) => point.kind === 'email')?.value);
    case 'agent.firstName':
      return firstWord(clean(agentName));
  }
  if (name.startsWith('fact.')) {
    const fact = facts.find((f) => f.key === name.slice('fact.'.length));
    // Only a known value: a missing or invalid fact must not put a wrong value in front of the customer.
    if (!fact || (fact.status !== 'confirmed' && fact.status !== 'collected')) return null;
    return clean(fact.value);
  }
  return null;
}

export function fillTemplate(text: string, input: TemplateInput): FilledTemplate {
  const missing: string[] = [];
  const filled = text.replace(VARIABLE, (whole, name: string) => {
    const value = valueOf(name, input);
    if (value !== null) return value;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text: filled, missing };
}

/** The {{...}} placeholders still in the text, each once, as written; what the agent has to replace. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(/\{\{[^{}]*\}\}/g) ?? [])];
}

/** True when the text still holds an unfilled variable; such text must not be sent. */
export function hasPlaceholder(text: string): boolean {
  return text.includes('{{');
}
