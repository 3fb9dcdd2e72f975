// Scenario: a caller reports an outage to an Amazon Lex V2 voice bot (inputMode Speech), which
// collected the service and postcode and sometimes the start time, then hands off. Sent as a Lex V2
// Lambda input event; mood drifts from neutral to negative.
import { fakePerson } from '../fake-people';
import { chance, code, floatBetween, pick, uuid, type Random } from '../random';
import type { ScenarioContext, SimulatedHandoff } from '../scenario';

const SERVICES = [
  { original: 'my broadband', interpreted: 'Broadband' },
  { original: 'the electricity', interpreted: 'Electricity' },
  { original: 'the water', interpreted: 'Water' },
  { original: 'mobile signal', interpreted: 'Mobile' },
];
const SINCE = [
  { original: 'since about seven this morning', interpreted: '07:00' },
  { original: 'since last night around ten', interpreted: '22:00' },
  { original: 'for about two hours', interpreted: 'PT2H' },
];
const SAY_HUMAN = [
  'it is still not working can I speak to someone',
  'I have tried all of that already just put me through to a person',
  'operator',
  'agent please my neighbours are out too',
];

type Sentiment = 'NEUTRAL' | 'NEGATIVE' | 'MIXED';

function slot(original: string, interpreted: string): Record<string, unknown> {
  return { shape: 'Scalar', value: { originalValue: original, interpretedValue: interpreted, resolvedValues: [interpreted] } };
}

function sentimentResponse(random: Random, sentiment: Sentiment): Record<string, unknown> {
  const lead = floatBetween(random, 0.55, 0.9);
  const rest = Math.round((1 - lead) * 100) / 100;
  const share = (part: number): number => Math.round(rest * part * 100) / 100;
  const scores = { positive: share(0.1), negative: share(0.5), neutral: share(0.3), mixed: share(0.1) };
  const key = sentiment === 'NEUTRAL' ? 'neutral' : sentiment === 'NEGATIVE' ? 'negative' : 'mixed';
  return { sentiment, sentimentScore: { ...scores, [key]: lead } };
}

export function buildOutageReport({ n, random }: ScenarioContext): SimulatedHandoff {
  const person = fakePerson(random);
  const service = pick(random, SERVICES);
  const since = chance(random, 0.65) ? pick(random, SINCE) : null;
  const postcode = person.address.postcode;
  const sessionId = `sim-lex-${n}-${code(random, 12).toLowerCase()}`;
  const spoken = pick(random, SAY_HUMAN);
  const sentiment: Sentiment = pick(random, ['NEGATIVE', 'NEGATIVE', 'MIXED', 'NEUTRAL'] as const);
  const slots = {
    ServiceType: slot(service.original, service.interpreted),
    Postcode: slot(postcode.toLowerCase().replace(' ', ''), postcode),
    OutageStart: since === null ? null : slot(since.original, since.interpreted),
    AffectedNeighbours: chance(random, 0.5) ? slot('yes the whole street', 'Yes') : null,
  };
  const intent = { name: 'ReportOutage', slots, state: 'InProgress', confirmationState: 'None' };
  const other = (name: string): Record<string, unknown> => ({ name, slots: {}, state: 'InProgress', confirmationState: 'None' });

  const payload = {
    messageVersion: '1.0',
    invocationSource: 'DialogCodeHook',
    inputMode: 'Speech',
    responseContentType: 'audio/pcm',
    sessionId,
    inputTranscript: spoken,
    bot: { id: 'BATONDEMO1', name: 'OutageLine', aliasId: 'TSTALIASID', aliasName: 'TestBotAlias', localeId: person.locale.replace('-', '_'), version: 'DRAFT' },
    interpretations: [
      { intent, nluConfidence: floatBetween(random, 0.8, 0.97), sentimentResponse: sentimentResponse(random, sentiment), interpretationSource: 'Lex' },
      { intent: other('SpeakToAgent'), nluConfidence: floatBetween(random, 0.3, 0.6), interpretationSource: 'Lex' },
      { intent: other('FallbackIntent'), interpretationSource: 'Lex' },
    ],
    proposedNextState: { dialogAction: { type: 'ElicitSlot', slotToElicit: since === null ? 'OutageStart' : 'AffectedNeighbours' }, intent, prompt: { attempt: 'Retry2' } },
    requestAttributes: { 'x-amz-lex:channel-type': 'Connect' },
    sessionState: {
      activeContexts: [],
      sessionAttributes: {
        callerId: person.phone,
        customerName: person.displayName,
        addressLine: `${person.address.line1}, ${person.address.town}`,
      },
      intent,
      originatingRequestId: uuid(random),
    },
    transcriptions: [
      { transcription: spoken, transcriptionConfidence: floatBetween(random, 0.78, 0.96), resolvedContext: { intent: 'ReportOutage' }, resolvedSlots: {} },
      { transcription: spoken.replace('someone', 'some one'), transcriptionConfidence: floatBetween(random, 0.4, 0.7), resolvedContext: { intent: 'ReportOutage' }, resolvedSlots: {} },
    ],
  };
  return { format: 'lex-v2', payload, botConversationId: sessionId };
}
