// Scenario: an angry customer was charged twice; the Bot Framework bot found the two payments (amount,
// date, last four digits of the card) and hands off to billing. Sent as a `handoff.initiate` event,
// bare or inside a DirectLine envelope; `value` is the flat hub context the bot collected.
import { fakePerson } from '../fake-people';
import { dialogueLoop, type Turn } from '../dialogue-loop';
import { directLineEnvelope, handoffInitiateActivity, messageActivity, type BotFrameworkParties } from '../formats/botframework-activity';
import { chance, code, digits, floatBetween, intBetween, pick } from '../random';
import type { ScenarioContext, SimulatedHandoff } from '../scenario';
import { createTimeline, daysBefore, isoDay } from '../timeline';

const CARD_ENDINGS = ['4242', '1881', '0005', '5100', '9424'];
const OPENERS = [
  'You took {amount} twice from my card. I want it back today.',
  'This is the second time you have double charged me. Unbelievable.',
  'I have been charged {amount} TWICE for the same order!!',
];
const VENTING = [
  { bot: ['I understand this is frustrating.', 'I am sorry, I know this is annoying.'], customer: ['no you do not', 'just fix it'], impatient: ['stop saying sorry and refund me', 'I want a person NOW'] },
];

export function buildBillingDispute({ n, random, now }: ScenarioContext): SimulatedHandoff {
  const person = fakePerson(random);
  const amount = `${person.locale === 'en-US' ? '$' : '£'}${floatBetween(random, 12, 240, 2).toFixed(2)}`;
  const chargedOn = isoDay(daysBefore(now, intBetween(random, 1, 20)));
  const cardLastFour = pick(random, CARD_ENDINGS);
  const hasInvoice = chance(random, 0.5);
  const invoiceNumber = `INV-${digits(random, 8)}`;
  const conversationId = `sim-bf-${n}-${code(random, 10)}`;
  const parties: BotFrameworkParties = {
    conversationId,
    user: { id: `dl_${code(random, 12).toLowerCase()}`, name: person.displayName },
    bot: { id: 'baton-demo-billing-bot', name: 'Billing assistant' },
    channelId: 'webchat',
    locale: person.locale,
  };
  const turns: Turn[] = [
    { from: 'customer', text: pick(random, OPENERS).replaceAll('{amount}', amount) },
    { from: 'bot', text: "I'm sorry about that. Which card was charged? Just the last four digits, please." },
    { from: 'customer', text: `ending ${cardLastFour}` },
    { from: 'bot', text: `I can see two payments of ${amount} on ${chargedOn} to the card ending ${cardLastFour}. Is that the charge you mean?` },
    { from: 'customer', text: 'YES. Obviously.' },
    { from: 'bot', text: 'Do you have the invoice number? It starts with INV-.' },
    { from: 'customer', text: hasInvoice ? invoiceNumber : "No I don't, you should have it" },
    ...(chance(random, 0.5) ? dialogueLoop(random, VENTING, intBetween(random, 4, 10)) : []),
    { from: 'bot', text: 'Refunds for duplicate payments are handled by our billing team. Connecting you now.' },
  ];
  const timeline = createTimeline(random, now, 7);
  const transcript = turns.map((turn, i) => messageActivity(parties, turn, `${conversationId}|${String(i).padStart(7, '0')}`, timeline.next(4, 40)));
  const value: Record<string, unknown> = {
    skill: 'billing',
    priority: chance(random, 0.6) ? 'high' : 'normal',
    reason: pick(random, ['Customer is angry about a duplicate charge', 'Customer asked for a person to refund a duplicate charge']),
    intent: { name: 'billing_dispute_double_charge', confidence: floatBetween(random, 0.8, 0.97) },
    locale: person.locale,
    email: person.email,
    chargeAmount: amount,
    chargeDate: chargedOn,
    timesCharged: 2,
    cardLastFour,
    lastPageVisited: 'https://shop.example.com/account/billing/payments',
  };
  if (hasInvoice) value['invoiceNumber'] = invoiceNumber;
  const handoff = handoffInitiateActivity(parties, value, transcript, `${conversationId}|handoff`, timeline.next(1, 2));
  // A DirectLine read returns only what arrived since the client's last watermark: the last turns and the event.
  const payload = chance(random, 0.5) ? directLineEnvelope([...transcript.slice(-2), handoff], transcript.length + 1) : handoff;
  return { format: 'botframework', payload, botConversationId: conversationId };
}
