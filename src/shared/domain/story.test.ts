// The story and the one-liner read the same for the same context, cope with sparse contexts, and
// never show a sensitive value.
import { describe, expect, it } from 'vitest';
import { HandoffContextSchema, type HandoffContext, type HandoffContextInput } from './handoff-context';
import { composeStory, customerName, moodOf, oneLineStory, trendOf } from './story';

const at = (minute: number) => `2030-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

function ctx(input: Omit<HandoffContextInput, 'source'>): HandoffContext {
  return HandoffContextSchema.parse({ ...input, source: { format: 'native', conversationId: 'c1', raw: {} } });
}

const maria = ctx({
  customer: { displayName: 'Maria Lopez', verification: { method: 'SMS code' } },
  intent: { name: 'return_item', label: 'Return a damaged item', confidence: 0.93 },
  facts: [
    { key: 'orderNumber', label: 'Order number', value: 'A-4417', status: 'confirmed' },
    { key: 'deliveredOn', label: 'Delivered', value: 'Nov 18', status: 'collected' },
    { key: 'dateOfBirth', label: 'Date of birth', status: 'missing' },
  ],
  botSteps: [
    { name: 'Checked the order', outcome: 'succeeded' },
    { name: 'Offered a replacement', outcome: 'failed', detail: 'declined' },
  ],
  sentiment: { score: -0.6, series: [{ at: at(1), score: -0.1 }, { at: at(2), score: -0.6 }] },
});

const sentences = (text: string) => text.split(/(?<=\.)\s+(?=[A-Z])/).length;

describe('composeStory', () => {
  const cases: [string, HandoffContext, RegExp[]][] = [
    [
      'a full context',
      maria,
      [
        /^Maria Lopez \(verified by SMS code\) is here about “Return a damaged item”: order number A-4417 and delivered Nov 18\./,
        /What the bot did: checked the order \(done\) and offered a replacement \(failed: declined\); it could not get the date of birth\./,
        /Mood negative, getting worse; handed over because they asked for a person\.$/,
      ],
    ],
    [
      'an empty context',
      ctx({}),
      [/^An unnamed customer \(not verified\) needs help; the bot did not identify the topic\. Handed over because they asked for a person\.$/],
    ],
    [
      'no steps but a transcript, an invalid fact and a reason detail',
      ctx({
        customer: { displayName: '  ' },
        reason: { kind: 'not-understood', detail: 'Said "agent" three times' },
        facts: [{ key: 'postcode', label: 'Postcode', value: 'ZZ1', status: 'invalid' }],
        transcript: [
          { id: '1', from: 'bot', text: 'Hi' },
          { id: '2', from: 'customer', text: 'agent' },
        ],
        sentiment: { score: 0.1, series: [] },
      }),
      [
        /^An unnamed customer \(not verified\)/,
        /The bot exchanged 2 messages with them; it could not verify the postcode\./,
        /Mood neutral; handed over because the bot did not understand them \(“Said "agent" three times”\)\.$/,
      ],
    ],
    [
      'a long run of steps and a sensitive fact',
      ctx({
        customer: { displayName: 'Dan Wu', verification: { method: 'password' } },
        intent: { name: 'billing', label: 'Billing dispute', confidence: 0.7 },
        facts: [{ key: 'card', label: 'Card', value: '4111 1111 1111 0134', status: 'confirmed', sensitive: true }],
        botSteps: ['A', 'B', 'C', 'D', 'E'].map((n) => ({ name: `Step ${n}`, outcome: 'succeeded' as const })),
        reason: { kind: 'policy' },
        sentiment: { score: 0.5, series: [{ at: at(1), score: 0.1 }, { at: at(2), score: 0.5 }] },
      }),
      [/: card on file\./, /What the bot did: step C \(done\), step D \(done\) and step E \(done\)\./, /Mood positive, improving; handed over because policy requires a person\./],
    ],
  ];

  it('leaves identity facts (name, email, phone) out of the case details and tells failed steps first', () => {
    const story = composeStory(
      ctx({
        customer: { displayName: 'Avery Sampleton', contactPoints: [{ kind: 'email', value: 'avery@example.com' }] },
        intent: { name: 'refund', label: 'Request refund' },
        facts: [
          { key: 'customerName', label: 'Customer name', value: 'Avery Sampleton', status: 'collected' },
          { key: 'email', label: 'Email', value: 'avery@example.com', status: 'collected' },
          { key: 'orderNumber', label: 'Order number', value: 'ORD-1', status: 'collected' },
        ],
        botSteps: [
          { name: 'Verify identity', outcome: 'failed', detail: 'code expired' },
          ...['A', 'B', 'C', 'D'].map((n) => ({ name: `Step ${n}`, outcome: 'succeeded' as const, detail: 'policy X' })),
        ],
      }),
    );
    expect(story).toMatch(/is here about “Request refund”: order number ORD-1\./);
    expect(story).not.toMatch(/avery@example\.com|customer name/);
    expect(story).toMatch(/What the bot did: verify identity \(failed: code expired\), step C \(done\) and step D \(done\)/);
    expect(story).not.toMatch(/policy X/);
  });

  it.each(cases)('%s', (_name, context, patterns) => {
    const story = composeStory(context);
    for (const pattern of patterns) expect(story).toMatch(pattern);
    expect(sentences(story)).toBeGreaterThanOrEqual(2);
    expect(sentences(story)).toBeLessThanOrEqual(4);
    expect(story).not.toContain('4111');
    expect(composeStory(context)).toBe(story);
  });

  it('clips very long fields so the story stays short', () => {
    const long = (n: number) => 'x'.repeat(n);
    const story = composeStory(ctx({ customer: { displayName: long(200) }, intent: { name: 'n', label: long(200) }, reason: { kind: 'other', detail: long(1000) } }));
    expect(story.length).toBeLessThan(400);
  });
});

describe('oneLineStory', () => {
  it.each([
    [maria, 'Maria Lopez · verified · Return a damaged item · negative'],
    [ctx({}), 'Unnamed customer · not verified · topic unknown · mood unknown'],
    [ctx({ customer: { displayName: 'Pat' }, sentiment: { score: 0 } }), 'Pat · not verified · topic unknown · neutral'],
  ])('%#', (context, expected) => {
    expect(oneLineStory(context)).toBe(expected);
  });
});

describe('mood and trend', () => {
  it.each([
    [null, null],
    [-1, 'negative'],
    [-0.25, 'negative'],
    [-0.2, 'neutral'],
    [0.24, 'neutral'],
    [0.25, 'positive'],
  ])('moodOf(%s) is %s', (score, mood) => expect(moodOf(score)).toBe(mood));

  it('reads the trend from the last four points', () => {
    expect(trendOf([])).toBeNull();
    expect(trendOf([{ score: 0 }])).toBeNull();
    expect(trendOf([{ score: 0.9 }, { score: 0 }, { score: 0 }, { score: 0 }, { score: 0.05 }])).toBe('steady');
    expect(trendOf([{ score: 0.2 }, { score: -0.3 }])).toBe('getting worse');
    expect(trendOf([{ score: -0.5 }, { score: 0 }])).toBe('improving');
  });

  it('trims the customer name and treats blank as unknown', () => {
    expect(customerName(ctx({ customer: { displayName: ' Ann ' } }))).toBe('Ann');
    expect(customerName(ctx({ customer: { displayName: '' } }))).toBeNull();
  });
});
