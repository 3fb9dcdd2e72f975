// Scenario: the long one. A Bot Framework troubleshooting bot walked the customer round the same
// router checks for an hour (200+ turns) before giving up. Sent as a `handoff.initiate` event inside
// a DirectLine envelope, or bare; `value` is the flat hub context (line test, speeds, last page visited).
import { fakePerson } from '../fake-people';
import { dialogueLoop, type Turn } from '../dialogue-loop';
import { directLineEnvelope, handoffInitiateActivity, messageActivity, type BotFrameworkParties } from '../formats/botframework-activity';
import { chance, code, digits, floatBetween, intBetween } from '../random';
import type { ScenarioContext, SimulatedHandoff } from '../scenario';
import { createTimeline, daysBefore, isoDay } from '../timeline';

const ROUTER_LOOP = [
  { bot: ['Please switch your router off at the wall, wait 30 seconds and switch it on again.', 'Let us restart the router once more (attempt {attempt}).'], customer: ['ok done', 'restarted it'], impatient: ['I have done this {attempt} times now', 'restarted. again.'] },
  { bot: ['What colour is the light on the front of the router?', 'Is the broadband light green or orange now?'], customer: ['green', 'orange then green', 'flashing orange'], impatient: ['same as before', 'still flashing'] },
  { bot: ['Please run a speed test at speedtest.example.com and tell me the download speed.', 'Could you run the speed test again?'], customer: ['3 Mbps', '2.4', 'it says 1.9 Mbps'], impatient: ['still about 2, it is always about 2', 'same rubbish speed'] },
  { bot: ['Is your device connected by cable or Wi-Fi?', 'Could you try a cable connection if you have one?'], customer: ['wifi', 'cable now'], impatient: ['cable, like I said', 'I told you already'] },
  { bot: ['Thanks. I am running a line test, this takes a moment.', 'Running another line test now.'], customer: ['ok', 'waiting'], impatient: ['and?', 'this is taking forever'] },
  { bot: ['The line test passed. Speeds can dip at busy times.', 'The line looks fine from here.'], customer: ['it is like this all day', 'it is 10am, not busy'], impatient: ['it is NOT fine', 'then why is it so slow'] },
];

export function buildSlowBroadband({ n, random, now }: ScenarioContext): SimulatedHandoff {
  const person = fakePerson(random);
  const conversationId = `sim-bf-${n}-${code(random, 10)}`;
  const parties: BotFrameworkParties = {
    conversationId,
    user: { id: `dl_${code(random, 12).toLowerCase()}`, name: person.displayName },
    bot: { id: 'baton-demo-tech-bot', name: 'Tech help' },
    channelId: 'webchat',
    locale: person.locale,
  };
  const turns: Turn[] = [
    { from: 'customer', text: 'My internet has been really slow for three days.' },
    { from: 'bot', text: "Sorry about that. Let's fix it together. What is your account number?" },
    { from: 'customer', text: `AC${digits(random, 8)}` },
    ...dialogueLoop(random, ROUTER_LOOP, intBetween(random, 210, 320)),
    { from: 'customer', text: 'Please, I work from home. I need a person.' },
    { from: 'bot', text: "I haven't been able to fix this, so I'm passing you to a broadband engineer with everything we tried." },
  ];
  const timeline = createTimeline(random, now, 75);
  const transcript = turns.map((turn, i) => messageActivity(parties, turn, `${conversationId}|${String(i).padStart(7, '0')}`, timeline.next(2, 18)));
  const accountNumber = turns[2]?.text ?? '';
  const value: Record<string, unknown> = {
    skill: 'tech',
    priority: 'normal',
    reason: 'Troubleshooting failed: speed still far below the plan after repeated router restarts',
    intent: { name: 'internet_not_working', confidence: floatBetween(random, 0.8, 0.96) },
    locale: person.locale,
    email: person.email,
    accountNumber,
    measuredDownloadSpeed: `${floatBetween(random, 1.2, 3.5, 1)} Mbps`,
    planSpeed: '150 Mbps',
    lineTest: 'Passed',
    routerRestarts: Math.ceil(turns.length / (ROUTER_LOOP.length * 2)),
    lastPageVisited: 'https://shop.example.com/help/slow-broadband',
    previousContact: `Chat ${isoDay(daysBefore(now, intBetween(random, 1, 3)))}: slow speeds, router restart advised, unresolved`,
  };
  const handoff = handoffInitiateActivity(parties, value, transcript, `${conversationId}|handoff`, timeline.next(1, 2));
  const payload = chance(random, 0.7) ? directLineEnvelope([...transcript.slice(-2), handoff], transcript.length + 1) : handoff;
  return { format: 'botframework', payload, botConversationId: conversationId };
}
