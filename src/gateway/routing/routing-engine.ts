// The routing engine: runs routing passes and offer endings one at a time, re-routes whenever something
// changes (a handoff arrives, an agent becomes available or connects, an offer ends) and owns the ring
// timers. All routing data lives in GatewayState; the engine itself keeps only timers and its job queue.
import type { Result } from '../../shared/contract/result';
import type { AssignedConversation } from '../../shared/domain/conversation';
import type { Presence } from '../../shared/domain/presence';
import type { WorkSnapshot } from '../../shared/contract/protocol';
import { loadAssigned } from '../conversations/assigned-view';
import { toOffer } from '../conversations/conversation-views';
import { abandonConversation, acceptOffer, presenceChanged, rejectOffer, ringTimedOut, type AbandonOutcome } from './offer-lifecycle';
import { HELD_STATUSES, runRoutePass } from './route-pass';
import type { RoutingDeps } from './routing-deps';
import { createSerialQueue } from './serial-queue';

export interface RoutingEngine {
  /** Asks for a routing pass soon; several asks before it starts make one pass. */
  kick(reason: string): void;
  accept(username: string, offerId: string): Promise<Result<AssignedConversation>>;
  reject(username: string, offerId: string): Promise<Result<null>>;
  abandon(conversationId: string): Promise<AbandonOutcome>;
  /** Call after an agent's presence changed (by the agent or by the gateway). */
  presenceChanged(username: string, presence: Presence): Promise<void>;
  /** What one agent should be showing: ringing offers and owned conversations. */
  snapshot(username: string): Promise<WorkSnapshot>;
  /** Runs a job in turn with routing decisions (so neither sees the other half done), then re-routes. */
  exclusive<T>(reason: string, job: () => Promise<T>): Promise<T>;
  /** For ring timers set outside a routing pass (transfers): the offer rang out. */
  ringTimedOut(offerId: string): void;
  /** Resolves when every job queued so far has finished (tests, close). */
  settled(): Promise<void>;
  /** Clears all timers and waits for the running job; later calls do nothing. */
  close(): Promise<void>;
}

export function createRoutingEngine(deps: RoutingDeps): RoutingEngine {
  const queue = createSerialQueue();
  let passQueued = false;
  let closed = false;

  const report = (what: string) => (error: unknown) => deps.log.error('routing job failed', { job: what, error });

  const kick = (reason: string): void => {
    if (closed || passQueued) return;
    passQueued = true;
    queue
      .run(async () => {
        passQueued = false;
        if (closed) return;
        const made = await runRoutePass(deps, onRingTimeout);
        if (made > 0) deps.log.debug('routing pass', { reason, offers: made });
      })
      .catch(report('pass'));
  };

  /** Runs a job in turn, then re-routes: every offer ending frees an agent or a contact. */
  function thenRoute<T>(reason: string, job: () => Promise<T>): Promise<T> {
    return queue.run(job).finally(() => kick(reason));
  }

  function onRingTimeout(offerId: string): void {
    if (closed) return;
    thenRoute('ring timeout', () => ringTimedOut(deps, offerId)).catch(report('ring timeout'));
  }

  return {
    kick,
    accept: (username, offerId) => thenRoute('offer accepted', () => acceptOffer(deps, username, offerId)),
    reject: (username, offerId) => thenRoute('offer rejected', () => rejectOffer(deps, username, offerId)),
    abandon: (conversationId) => thenRoute('abandoned', () => abandonConversation(deps, conversationId)),
    presenceChanged: (username, presence) => thenRoute('presence changed', () => presenceChanged(deps, username, presence)),
    snapshot: (username) =>
      queue.run(async () => {
        const [offers, owned] = await Promise.all([
          deps.state.listOffers(username),
          deps.state.listConversations({ assignedTo: username, status: HELD_STATUSES }),
        ]);
        const withContext = await Promise.all(
          offers.map(async (offer) => {
            const conversation = await deps.state.getConversation(offer.conversationId);
            return conversation ? [toOffer(conversation, offer)] : [];
          }),
        );
        return { offers: withContext.flat(), conversations: await Promise.all(owned.map((record) => loadAssigned(deps, record))) };
      }),
    exclusive: thenRoute,
    ringTimedOut: onRingTimeout,
    settled: () => queue.idle(),
    async close() {
      closed = true;
      deps.scheduler.cancelAll();
      await queue.idle();
    },
  };
}
