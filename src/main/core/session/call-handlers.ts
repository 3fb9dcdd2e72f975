// The invoke handler for voice call control: `call:command` goes over the link to the gateway, which passes
// it to the telephony connector. The answer is not applied locally on purpose: a command changes nothing,
// and the connector's event (arriving as `conversation:updated`) may overtake it with the newer call.
import type { InvokeHandlers } from '../../../shared/contract/ipc';
import type { GatewayLink } from '../link/gateway-link';

export interface CallHandlerDeps {
  /** Throws `not-logged-in` without a session. */
  requireLink(): { live: GatewayLink };
}

export function createCallHandlers(deps: CallHandlerDeps): Pick<InvokeHandlers, 'call:command'> {
  return {
    'call:command': (request) => deps.requireLink().live.request('call:command', request),
  };
}
