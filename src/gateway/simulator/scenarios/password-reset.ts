// Scenario: an anxious customer cannot log in; the Dialogflow CX agent collected the e-mail and sent a
// one-time code, but both codes failed, so it hands off as a failed step. Sent as a CX WebhookRequest:
// the code is an INVALID form parameter, the new password still EMPTY, plus a liveAgentHandoff message.
import { fakePerson } from '../fake-people';
import { chance, code, digits, floatBetween, pick, uuid } from '../random';
import type { ScenarioContext, SimulatedHandoff } from '../scenario';

const AGENT = 'projects/baton-demo/locations/global/agents/8a41c7e2-3f09-4d6b-b1e5-6c2d9f0a7b34';
const FLOW = `${AGENT}/flows/00000000-0000-0000-0000-000000000000`;
const INTENT = `${AGENT}/intents/2c6e1b9d-47f3-4a05-9e8b-d1a3f5c70e62`;
const PAGE = `${FLOW}/pages/f4b8d2a6-0e17-4c93-8d5f-a9b1c3e7f520`;

const ANXIOUS_LINES = [
  'That one did not work either. Please, I need to get into my account today, my salary goes in there.',
  "it says wrong code again?? I'm really worried someone has changed my details",
  'Still wrong. Is my account hacked? Can a person help me please',
];

export function buildPasswordReset({ n, random }: ScenarioContext): SimulatedHandoff {
  const person = fakePerson(random);
  const sessionId = `sim-dfcx-${n}-${code(random, 10).toLowerCase()}`;
  const typed = digits(random, chance(random, 0.3) ? 5 : 6);
  const phoneEnding = person.phone.slice(-4);
  const session = `${AGENT}/sessions/${sessionId}`;
  const payload = {
    detectIntentResponseId: uuid(random),
    intentInfo: { lastMatchedIntent: INTENT, displayName: 'account.reset_password', confidence: floatBetween(random, 0.84, 0.98) },
    pageInfo: {
      currentPage: PAGE,
      displayName: 'Verify one-time code',
      formInfo: {
        parameterInfo: [
          { displayName: 'email', required: true, state: 'FILLED', value: person.email, justCollected: false },
          { displayName: 'phone_ending', required: true, state: 'FILLED', value: phoneEnding, justCollected: false },
          { displayName: 'one_time_code', required: true, state: 'INVALID', value: typed, justCollected: true },
          { displayName: 'new_password', required: true, state: 'EMPTY' },
        ],
      },
    },
    sessionInfo: {
      session,
      parameters: { customer_name: person.displayName, email: person.email, phone_ending: phoneEnding, otp_attempts: 2, otp_channel: 'SMS' },
    },
    fulfillmentInfo: { tag: 'otp-failed-handoff' },
    messages: [
      { text: { text: ["That code didn't match either, so for your security I can't send another one right now."] }, responseType: 'HANDLER_PROMPT', source: 'VIRTUAL_AGENT' },
      { text: { text: ["I'm connecting you to our account security team. They can verify you another way."] }, responseType: 'HANDLER_PROMPT', source: 'VIRTUAL_AGENT' },
      { liveAgentHandoff: { metadata: { queue: 'account-security', reason: 'One-time code failed twice', priority: 'high' } }, responseType: 'HANDLER_PROMPT', source: 'VIRTUAL_AGENT' },
    ],
    payload: { channel: 'web-chat' },
    sentimentAnalysisResult: { score: floatBetween(random, -0.65, -0.25), magnitude: floatBetween(random, 0.8, 2.5, 1) },
    text: pick(random, ANXIOUS_LINES),
    languageCode: person.locale === 'en-US' ? 'en' : 'en-GB',
  };
  return { format: 'dialogflow-cx', payload, botConversationId: session };
}
