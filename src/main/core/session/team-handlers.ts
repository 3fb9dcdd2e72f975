// The invoke handler for the supervisor's team view: asks the gateway, which alone decides who may see it
// (an agent's session gets `forbidden` back). Keeps no team state of its own.
import type { InvokeHandlers } from '../../../shared/contract/ipc';
import type { GatewayLink } from '../link/gateway-link';

export function createTeamHandlers(deps: { requireLink(): { live: GatewayLink } }): Pick<InvokeHandlers, 'team:list'> {
  return {
    'team:list': () => deps.requireLink().live.request('team:list', {}),
  };
}
