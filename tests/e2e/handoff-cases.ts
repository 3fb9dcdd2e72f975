// One bot payload per supported format (tests/fixtures/bot-payloads, see SOURCES.md there) and what the
// agent must then see in the Context panel: the intent in words, one fact's value, one transcript line.
const dir = 'tests/fixtures/bot-payloads';

export interface HandoffCase {
  format: 'native' | 'rasa' | 'dialogflow-cx' | 'botframework' | 'lex-v2' | 'chatwoot';
  fixture: string;
  intentLabel: string;
  factValue: string;
  transcriptLine: string;
  offerRole?: 'article' | 'region';
}

export const HANDOFF_CASES: readonly HandoffCase[] = [
  {
    format: 'native',
    fixture: `${dir}/native-handoff.json`,
    intentLabel: 'Cancel subscription',
    factValue: 'SUB-7731',
    transcriptLine: 'I want to cancel my subscription',
  },
  {
    format: 'rasa',
    fixture: `${dir}/rasa-tracker-damaged-item-handoff.json`,
    intentLabel: 'Human handoff',
    factValue: '10045-A',
    transcriptLine: 'my blender arrived broken',
  },
  {
    format: 'dialogflow-cx',
    fixture: `${dir}/dialogflow-cx-live-agent-handoff.json`,
    intentLabel: 'Billing refund request',
    factValue: 'A-10045',
    transcriptLine: 'let me talk to a person',
  },
  {
    format: 'botframework',
    fixture: `${dir}/botframework-handoff-initiate-bare.json`,
    intentLabel: 'Dispute charge',
    factValue: 'ACC-99812',
    transcriptLine: 'There is a charge of 49.99',
  },
  {
    format: 'lex-v2',
    fixture: `${dir}/lex-v2-speech-failed-handoff.json`,
    intentLabel: 'Reset password',
    factValue: 'maria.lopez',
    transcriptLine: 'the code did not work',
  },
  {
    format: 'chatwoot',
    fixture: `${dir}/chatwoot-bot-handoff.json`,
    intentLabel: 'Return damaged item',
    factValue: 'A-20931',
    transcriptLine: 'arrived with a cracked lid',
  },
];
