// The invoke handlers for transfers: hand a conversation to a queue or an agent (cold or warm), cancel a
// pending warm transfer, and list who can take it. The gateway decides; the answer is applied to the
// work tracker so a cold transfer leaves this desktop at once.
import type { InvokeHandlers } from '../../../shared/contract/ipc';
import type { ConversationSummary } from '../../../shared/domain/conversation';
import type { GatewayLink } from '../link/gateway-link';
import type { WorkTracker } from '../work/work-tracker';

export type TransferChannel = 'transfer:request' | 'transfer:cancel' | 'directory:list';

export interface TransferHandlerDeps {
  /** Throws `not-logged-in` without a session. */
  requireLink(): { live: GatewayLink; tracker: WorkTracker };
  /** Bumped by every login/logout: an answer for an older session is returned but not applied. */
  generation(): number;
}

export function createTransferHandlers(deps: TransferHandlerDeps): Pick<InvokeHandlers, TransferChannel> {
  async function change(request: (live: GatewayLink) => Promise<ConversationSummary>): Promise<ConversationSummary> {
    const { live, tracker } = deps.requireLink();
    const mine = deps.generation();
    const summary = await request(live);
    if (mine === deps.generation()) tracker.updated(summary);
    return summary;
  }

  return {
    'transfer:request': (request) => change((live) => live.request('transfer:request', request)),
    'transfer:cancel': ({ conversationId }) => change((live) => live.request('transfer:cancel', { conversationId })),
    'directory:list': () => deps.requireLink().live.request('directory:list', {}),
  };
}
