// Which adapter reads which bot format: the one lookup the intake uses for `POST /v1/handoffs/{format}`.
// Holds no state; adding a format means adding its adapter here and to HANDOFF_FORMATS.
import type { HandoffFormat } from '../../shared/domain/handoff-context';
import type { HandoffAdapter } from './adapter';
import { botframeworkAdapter } from './botframework';
import { chatwootAdapter } from './chatwoot';
import { dialogflowCxAdapter } from './dialogflow-cx';
import { lexV2Adapter } from './lex-v2';
import { nativeAdapter } from './native';
import { rasaAdapter } from './rasa';

export const ADAPTERS: Readonly<Record<HandoffFormat, HandoffAdapter>> = Object.freeze({
  native: nativeAdapter,
  rasa: rasaAdapter,
  'dialogflow-cx': dialogflowCxAdapter,
  botframework: botframeworkAdapter,
  'lex-v2': lexV2Adapter,
  chatwoot: chatwootAdapter,
});

/** The adapter for a format named in a URL, or null for an unknown one (the intake answers 404). */
export function getAdapter(format: string): HandoffAdapter | null {
  return Object.hasOwn(ADAPTERS, format) ? ADAPTERS[format as HandoffFormat] : null;
}
