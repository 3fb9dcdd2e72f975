// The demo scenarios in rotation order, arranged so consecutive handoffs change bot format.
import type { Scenario } from '../scenario';
import { buildAddressChange } from './address-change';
import { buildBillingDispute } from './billing-dispute';
import { buildCancellation } from './cancellation';
import { buildDamagedReturn } from './damaged-return';
import { buildOutageReport } from './outage-report';
import { buildPasswordReset } from './password-reset';
import { buildSlowBroadband } from './slow-broadband';

export const SCENARIOS: readonly Scenario[] = [
  { name: 'damaged-return', format: 'rasa', build: buildDamagedReturn },
  { name: 'billing-dispute', format: 'botframework', build: buildBillingDispute },
  { name: 'password-reset', format: 'dialogflow-cx', build: buildPasswordReset },
  { name: 'outage-report', format: 'lex-v2', build: buildOutageReport },
  { name: 'address-change', format: 'chatwoot', build: buildAddressChange },
  { name: 'cancellation', format: 'native', build: buildCancellation },
  { name: 'slow-broadband', format: 'botframework', build: buildSlowBroadband },
];
