// The `canned:list` invoke handler: the gateway's canned responses, fetched once per login and cached for
// the session (a failed fetch is not cached). Filling variables is the renderer's job, not this module's.
import type { InvokeHandlers } from '../../../shared/contract/ipc';
import type { CannedResponse } from '../../../shared/domain/canned';
import type { GatewayLink } from '../link/gateway-link';

export interface CannedHandlerDeps {
  /** Throws `not-logged-in` without a session. */
  requireLink(): { live: GatewayLink };
  /** Bumped by every login/logout: a list fetched for an older login is never served to a newer one. */
  generation(): number;
}

export function createCannedHandlers(deps: CannedHandlerDeps): Pick<InvokeHandlers, 'canned:list'> {
  let cached: { generation: number; list: Promise<CannedResponse[]> } | null = null;

  return {
    'canned:list': () => {
      const { live } = deps.requireLink();
      const mine = deps.generation();
      if (cached?.generation === mine) return cached.list;
      const list = live.request('canned:list', {});
      cached = { generation: mine, list };
      list.catch(() => {
        if (cached?.list === list) cached = null;
      });
      return list;
    },
  };
}
