// Scenario: a customer cancels; the bot checked the account, asked why and made a retention offer
// that was politely declined. Sent as Baton's native JSON (a HandoffContextInput plus the bot's own
// conversationId), so it carries everything: journey, prior contacts, steps, a sentiment series.
import { fakePerson } from '../fake-people';
import { dialogueLoop, type Turn } from '../dialogue-loop';
import { chance, code, digits, floatBetween, intBetween, pick } from '../random';
import type { ScenarioContext, SimulatedHandoff } from '../scenario';
import { createTimeline, daysBefore, isoDay, sentimentArc } from '../timeline';

const PLANS = ['Fibre 500 + TV', 'Unlimited Mobile 30-day', 'Streaming Premium', 'Home Broadband 150'];
const REASONS = ["I'm moving abroad", 'It has become too expensive for us', 'I found a cheaper deal elsewhere', "I just don't use it any more"];
const OFFERS = ['3 months at half price', 'a free speed upgrade for 12 months', '£10 off per month for a year'];

const PLAN_LOOP = [
  { bot: ['Have you seen our lighter plans? One of them might suit you better.', 'Would a cheaper plan without the extras help?'], customer: ['I have, thanks, but no', 'not really, sorry'], impatient: ['I really just want to cancel, please', 'as I said, no thank you'] },
  { bot: ['I can also pause your plan for up to 3 months instead. Interested?', 'Before you go, may I check whether a discount would change your mind?'], customer: ['no thank you', "that's kind, but no"], impatient: ['please stop offering me things', 'still no, sorry'] },
];

export function buildCancellation({ n, random, now }: ScenarioContext): SimulatedHandoff {
  const person = fakePerson(random);
  const conversationId = `sim-native-${n}-${code(random, 10).toLowerCase()}`;
  const accountNumber = `AC${digits(random, 8)}`;
  const plan = pick(random, PLANS);
  const reason = pick(random, REASONS);
  const offer = pick(random, OFFERS);
  const pinFailed = chance(random, 0.3);
  const long = chance(random, 0.3);
  const timeline = createTimeline(random, now, long ? 70 : 9);
  const verifiedAt = timeline.next(20, 60).toISOString();

  const turns: Turn[] = [
    { from: 'customer', text: 'Hello, I would like to cancel my subscription please.' },
    { from: 'bot', text: "I'm sorry to hear that. I've found your account from your login. Which plan would you like to cancel?" },
    { from: 'customer', text: plan },
    { from: 'bot', text: 'May I ask why you would like to leave?' },
    { from: 'customer', text: reason },
    { from: 'bot', text: `Thanks for telling me. As a valued customer I can offer you ${offer}. Would you like that?` },
    { from: 'customer', text: "That's kind, but no thank you. I'd like to go ahead with cancelling." },
  ];
  if (long) turns.push(...dialogueLoop(random, PLAN_LOOP, intBetween(random, 200, 260)));
  turns.push(
    { from: 'bot', text: 'Understood. A colleague needs to confirm the final bill and your cancellation date with you.' },
    { from: 'customer', text: 'Okay, thank you for your help.' },
  );
  const scores = sentimentArc(random, floatBetween(random, -0.2, 0.05), floatBetween(random, -0.55, -0.25), turns.length);
  const transcript = turns.map((turn, i) => ({
    id: `${conversationId}-t${i + 1}`,
    from: turn.from,
    text: turn.text,
    at: timeline.next(3, 20).toISOString(),
    sentiment: turn.from === 'customer' ? (scores[i] ?? null) : null,
  }));
  const series = transcript.flatMap((t) => (t.sentiment === null || t.at === null ? [] : [{ at: t.at, score: t.sentiment }]));

  const payload = {
    conversationId,
    customer: {
      id: `cust-${digits(random, 7)}`,
      displayName: person.displayName,
      contactPoints: [
        { kind: 'email', value: person.email, verified: true },
        { kind: 'phone', value: person.phone, verified: false },
        { kind: 'account', value: accountNumber, verified: true },
      ],
      verification: { method: 'Logged in with password', at: verifiedAt },
      tier: pick(random, ['Gold', 'Silver', 'Standard']),
      segment: 'Residential',
      locale: person.locale,
    },
    channel: pick(random, ['chat', 'messaging'] as const),
    routing: { queue: null, skills: ['billing', 'retention'], priority: intBetween(random, 4, 7) },
    reason: { kind: 'policy', detail: 'Cancellations are confirmed by a person' },
    intent: {
      name: 'cancel_subscription',
      label: 'Cancel subscription',
      confidence: floatBetween(random, 0.88, 0.99),
      alternatives: [{ name: 'downgrade_plan', label: 'Downgrade plan', confidence: floatBetween(random, 0.02, 0.1) }],
    },
    facts: [
      { key: 'accountNumber', label: 'Account number', value: accountNumber, status: 'confirmed', source: 'crm' },
      { key: 'plan', label: 'Plan', value: plan, status: 'confirmed', source: 'crm' },
      { key: 'cancellationReason', label: 'Reason for leaving', value: reason, status: 'collected', source: 'bot' },
      { key: 'retentionOffer', label: 'Retention offer', value: `${offer} (declined)`, status: 'collected', source: 'bot' },
      { key: 'contractEndDate', label: 'Contract end date', value: isoDay(daysBefore(now, -intBetween(random, 10, 300))), status: 'confirmed', source: 'crm' },
      { key: 'cancellationDate', label: 'Cancellation date', value: null, status: 'missing', source: 'bot' },
      ...(pinFailed ? [{ key: 'accountPin', label: 'Account PIN', value: digits(random, 3), status: 'invalid' as const, source: 'bot', sensitive: true }] : []),
    ],
    botSteps: [
      { name: 'Identify account', outcome: 'succeeded', at: verifiedAt, detail: null },
      ...(pinFailed ? [{ name: 'Check account PIN', outcome: 'failed' as const, at: verifiedAt, detail: 'PIN had too few digits' }] : []),
      { name: 'Ask reason for leaving', outcome: 'succeeded', at: null, detail: reason },
      { name: 'Retention offer', outcome: 'failed', at: null, detail: `Offered ${offer}; declined` },
    ],
    transcript,
    journey: {
      events: [
        { kind: 'page', label: 'My plan', url: 'https://shop.example.com/account/plan', at: daysBefore(now, 0.06).toISOString() },
        { kind: 'page', label: 'Cancel or change plan', url: 'https://shop.example.com/account/plan/cancel', at: daysBefore(now, 0.05).toISOString() },
        { kind: 'screen', label: 'App: Billing history', url: null, at: daysBefore(now, 2).toISOString() },
      ],
      priorContacts: [
        { at: daysBefore(now, intBetween(random, 10, 60)).toISOString(), channel: 'voice', summary: 'Asked about a price rise on the last bill', outcome: 'Explained annual price change' },
      ],
    },
    sentiment: { score: series.at(-1)?.score ?? null, series },
  };
  return { format: 'native', payload, botConversationId: conversationId };
}
