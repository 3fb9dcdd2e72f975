import { describe, expect, it } from 'vitest';
import { ConversationStatusSchema, type ConversationStatus } from './conversation';
import { nextStatus, type ConversationEvent } from './conversation-machine';

const LEGAL: [ConversationStatus, ConversationEvent, ConversationStatus][] = [
  ['queued', 'offer', 'offered'],
  ['offered', 'decline', 'queued'],
  ['offered', 'accept', 'active'],
  ['queued', 'abandon', 'abandoned'],
  ['offered', 'abandon', 'abandoned'],
  ['active', 'hold', 'on-hold'],
  ['on-hold', 'resume', 'active'],
  ['active', 'end', 'ended'],
  ['on-hold', 'end', 'ended'],
  ['ended', 'wrap', 'wrapped'],
  ['active', 'transfer', 'queued'],
  ['on-hold', 'transfer', 'queued'],
];
const EVENTS: ConversationEvent[] = ['offer', 'decline', 'accept', 'abandon', 'hold', 'resume', 'end', 'wrap', 'transfer'];
const ILLEGAL = ConversationStatusSchema.options.flatMap((status) =>
  EVENTS.filter((event) => !LEGAL.some(([from, e]) => from === status && e === event)).map((event) => [status, event] as const),
);

describe('conversation state machine', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, event, to) => {
    expect(nextStatus(from, event)).toEqual({ ok: true, status: to });
  });

  it('refuses every other pair (7 statuses x 9 events - 12 legal = 51)', () => {
    expect(ILLEGAL).toHaveLength(51);
  });

  it.each(ILLEGAL)('refuses %s --%s with a sentence naming both ends', (from, event) => {
    const result = nextStatus(from, event);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(new RegExp(`^A conversation that is ${from} cannot be .+; only one that is .+ can$`));
  });

  it('says which statuses would have allowed it', () => {
    expect(nextStatus('wrapped', 'end')).toEqual({ ok: false, error: 'A conversation that is wrapped cannot be ended; only one that is active or on-hold can' });
    expect(nextStatus('active', 'wrap')).toEqual({ ok: false, error: 'A conversation that is active cannot be wrapped up; only one that is ended can' });
  });

  it('never leaves wrapped or abandoned', () => {
    for (const event of EVENTS) {
      expect(nextStatus('wrapped', event).ok).toBe(false);
      expect(nextStatus('abandoned', event).ok).toBe(false);
    }
  });
});
