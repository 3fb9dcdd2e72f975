// Scenario: a parcel arrived damaged; the Rasa bot found the order and offered a replacement, the
// customer declined and wants a refund. Sent as a Rasa tracker-store JSON. Sometimes long, sometimes
// with the delivery date missing or a mistyped order number first.
import { fakePerson } from '../fake-people';
import { createRasaTracker } from '../formats/rasa-tracker';
import { dialogueLoop } from '../dialogue-loop';
import { chance, code, floatBetween, intBetween, pick } from '../random';
import type { ScenarioContext, SimulatedHandoff } from '../scenario';
import { createTimeline, daysBefore, isoDay } from '../timeline';

const PRODUCTS = ['Aurora 55" TV', 'Breeze stand mixer', 'Nimbus office chair', 'Pixel-ish tablet 10"', 'Terra ceramic dinner set'];
const DAMAGE = ['the screen is cracked right across', 'the box was crushed and a leg snapped off', 'it arrived with a big dent and does not switch on', 'half the plates are in pieces'];

const MOODS = [
  { open: 'Hi, my order arrived damaged.', decline: 'No. I do not want another one, I want my money back.', human: 'Can I just talk to a person please?' },
  { open: 'Your courier wrecked my delivery. Again.', decline: 'No thanks, I have waited long enough. Refund.', human: 'This is ridiculous, get me a human.' },
  { open: 'hello, something I ordered came broken', decline: 'no, I would rather have a refund to be honest', human: 'agent please' },
] as const;

const PHOTO_LOOP = [
  { bot: ['Please upload a photo of the damage so I can log it.', 'Could you try uploading the photo again?'], customer: ['ok uploading', 'sent it'], impatient: ['I already sent it {attempt} times', 'it keeps failing'] },
  { bot: ['Sorry, the upload did not come through (attempt {attempt}). Files must be under 10 MB.', 'Hmm, I still cannot see an image.'], customer: ['it is a normal phone photo', 'what do you mean'], impatient: ['this is going nowhere', 'seriously?'] },
] as const;

export function buildDamagedReturn({ n, random, now }: ScenarioContext): SimulatedHandoff {
  const person = fakePerson(random);
  const mood = pick(random, MOODS);
  const product = pick(random, PRODUCTS);
  const orderNumber = `ORD-${code(random, 6)}`;
  const deliveredOn = daysBefore(now, intBetween(random, 1, 9));
  const knowsDelivery = chance(random, 0.7);
  const long = chance(random, 0.3);
  const timeline = createTimeline(random, now, long ? 55 : 8);
  const senderId = `sim-rasa-${n}-${code(random, 8).toLowerCase()}`;
  const rasa = createRasaTracker(timeline, (i) => `${senderId}-m${i}`);
  const frustration = { entity: 'sentiment', value: 'neg', confidence_entity: floatBetween(random, 0.7, 0.97), extractor: 'SentimentAnalyzer' };

  rasa.slot('customer_name', person.displayName);
  rasa.slot('email', person.email);
  rasa.user(mood.open, [
    { name: 'report_damaged_item', confidence: floatBetween(random, 0.82, 0.97) },
    { name: 'return_item', confidence: floatBetween(random, 0.05, 0.12) },
    { name: 'track_order', confidence: 0.01 },
  ], [frustration]);
  rasa.bot(`I'm sorry to hear that, ${person.firstName}. What is your order number? It starts with ORD-.`, 'utter_ask_order_number');
  if (chance(random, 0.35)) {
    const typo = `ORD-${code(random, 5)}`;
    rasa.user(`it's ${typo}`, [{ name: 'inform', confidence: 0.95 }], [{ entity: 'order_number', value: typo, extractor: 'RegexEntityExtractor' }]);
    rasa.action('action_lookup_order', 'RulePolicy');
    rasa.bot(`I couldn't find ${typo}. Order numbers have six characters after ORD-. Could you check it?`, 'utter_order_not_found');
  }
  rasa.user(`${orderNumber}`, [{ name: 'inform', confidence: 0.97 }], [{ entity: 'order_number', value: orderNumber, extractor: 'RegexEntityExtractor' }]);
  rasa.slot('order_number', orderNumber);
  rasa.action('action_lookup_order', 'RulePolicy');
  rasa.slot('product', product);
  rasa.slot('delivery_date', knowsDelivery ? isoDay(deliveredOn) : null);
  rasa.bot(
    knowsDelivery
      ? `Found it: ${product}, delivered on ${isoDay(deliveredOn)}. What is wrong with it?`
      : `Found it: ${product}. I can't see a delivery scan yet. What is wrong with it?`,
    'utter_ask_damage',
  );
  const damage = pick(random, DAMAGE);
  rasa.user(damage, [{ name: 'inform', confidence: 0.74 }, { name: 'report_damaged_item', confidence: 0.21 }], [frustration]);
  rasa.slot('damage_description', damage);
  if (long) {
    for (const turn of dialogueLoop(random, PHOTO_LOOP, intBetween(random, 40, 90))) {
      if (turn.from === 'bot') rasa.bot(turn.text, 'utter_ask_photo');
      else rasa.user(turn.text, [{ name: 'inform', confidence: 0.6 }, { name: 'complain', confidence: 0.3 }]);
    }
    rasa.rejected('action_receive_photo');
  }
  rasa.action('action_offer_replacement', 'RulePolicy');
  rasa.slot('replacement_offered', true);
  rasa.bot(`I can send a new ${product} free of charge, arriving in 2-3 days. Would you like that?`, 'utter_offer_replacement');
  rasa.user(`${mood.decline} ${mood.human}`, [
    { name: 'request_refund', confidence: floatBetween(random, 0.62, 0.8) },
    { name: 'human_handoff', confidence: floatBetween(random, 0.12, 0.3) },
    { name: 'deny', confidence: 0.03 },
  ], [frustration]);
  rasa.slot('replacement_accepted', false);
  // The refund form was waiting for this when the customer asked for a person: a known gap, not a guess.
  rasa.slot('requested_slot', 'refund_method');
  rasa.slot('refund_method', null);
  rasa.action('action_handoff_to_agent', 'RulePolicy');
  rasa.bot('Refunds for damaged items need a colleague to approve them, so I am connecting you to our returns team. They can see everything we discussed.', 'utter_handoff');
  rasa.pause();

  return { format: 'rasa', payload: rasa.tracker(senderId, 'rest'), botConversationId: senderId };
}
