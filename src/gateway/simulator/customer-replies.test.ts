// The customer's words: answers, restated facts, mood going up and down, goodbye, and determinism.
import { describe, expect, it } from 'vitest';
import { HandoffContextSchema } from '../../shared/domain/handoff-context';
import { personaFrom, type Persona } from './customer-persona';
import { composeReply, initialState } from './customer-replies';
import { mulberry32 } from './random';

const context = HandoffContextSchema.parse({
  customer: { displayName: 'Avery Sampleton' },
  facts: [
    { key: 'orderNumber', label: 'Order number', value: 'A-4417', status: 'confirmed' },
    { key: 'email', label: 'Email', value: 'avery.sampleton7@example.com', status: 'collected' },
    { key: 'deliveryDate', label: 'Delivery date', value: null, status: 'missing' },
  ],
  sentiment: { score: -0.3 },
  source: { format: 'native', conversationId: 'bot-1', raw: null },
});
const persona: Persona = personaFrom(context, 'damaged-return');

describe('personaFrom', () => {
  it('takes the first name, facts and starting mood from the context and the story from the scenario', () => {
    expect(persona).toMatchObject({ firstName: 'Avery', scenario: 'damaged-return', mood: -1 });
    expect(persona.story.problem).toMatch(/damaged/);
    expect(personaFrom(context, 'unknown-scenario').story.want).toBe('I just want this sorted out.');
  });
});

describe('composeReply', () => {
  it('answers an open question with the scenario story', () => {
    const reply = composeReply(persona, initialState(persona), 'Hi, I am Ana from returns. How can I help?', mulberry32(1));
    expect(reply.text).toContain('My order arrived damaged.');
    expect(reply.leave).toBe(false);
  });

  it('gets angrier when asked again for a known fact, and restates its value', () => {
    const reply = composeReply(persona, initialState(persona), 'Could you give me your order number please?', mulberry32(2));
    expect(reply.state.mood).toBe(-2);
    expect(reply.text).toContain('As I told the bot, my order number is A-4417.');
    expect(reply.text).toMatch(/Seriously|repeating/);
    const again = composeReply(persona, reply.state, 'And what is your email address?', mulberry32(3));
    expect(again.state.mood).toBe(-3);
    expect(again.text).toContain('avery.sampleton7@example.com');
    expect(again.text).toMatch(/ALREADY|Unbelievable/);
  });

  it('calms down with empathy, visibly', () => {
    const reply = composeReply(persona, initialState(persona), "I'm so sorry about that, I completely understand.", mulberry32(4));
    expect(reply.state.mood).toBe(0);
    expect(reply.text).toMatch(/appreciate|understanding|thank you/i);
  });

  it('invents an answer for a fact the bot never got, and only fictional values', () => {
    const reply = composeReply(persona, initialState(persona), 'What is the delivery date?', mulberry32(5));
    expect(reply.text).toMatch(/^It was (yesterday|last Tuesday|about a week ago|on the 3rd)\./);
  });

  it('is pleased by a resolution, then says goodbye and sometimes leaves', () => {
    const leaves = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => {
      const random = mulberry32(seed);
      const resolved = composeReply(persona, initialState(persona), "I've processed a full refund to your card.", random);
      expect(resolved.state.resolved).toBe(true);
      expect(resolved.text).toMatch(/thank you/i);
      const bye = composeReply(persona, resolved.state, 'Thanks for your patience. Is there anything else?', random);
      expect(bye.text).toMatch(/bye|good day/i);
      return bye.leave;
    });
    expect(leaves).toContain(true);
    expect(leaves).toContain(false);
  });

  it('restates a known fact unprompted in about 1 in 5 replies', () => {
    const count = Array.from({ length: 300 }, (_, seed) => composeReply(persona, initialState(persona), 'Let me check that for you.', mulberry32(seed)))
      .filter((r) => r.text.includes('As I told the bot')).length;
    expect(count).toBeGreaterThan(300 * 0.12);
    expect(count).toBeLessThan(300 * 0.3);
  });

  it('is deterministic per seed', () => {
    const run = (seed: number) => {
      const random = mulberry32(seed);
      let state = initialState(persona);
      return ['Hello! How can I help?', 'Is the item unused?', 'OK, one moment.', 'Can you confirm your email?'].map((text) => {
        const reply = composeReply(persona, state, text, random);
        state = reply.state;
        return reply.text;
      });
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });
});
