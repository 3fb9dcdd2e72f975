// Builds the AssignedConversation an agent's desktop receives: the record with every message and note so
// far and the queue's wrap-up policy. Reads GatewayState; changes nothing.
import type { AssignedConversation } from '../../shared/domain/conversation';
import type { WrapUpPolicy } from '../../shared/domain/wrap-up';
import { toWrapUpPolicy } from '../config/wrap-up-config';
import type { RoutingDeps } from '../routing/routing-deps';
import { queueFor } from '../routing/route-pass';
import type { ConversationRecord } from '../state/records';
import { toAssigned } from './conversation-views';

export function policyFor(deps: Pick<RoutingDeps, 'routing'>, queueId: string): WrapUpPolicy {
  return toWrapUpPolicy(queueFor(deps, queueId).wrapUp);
}

export async function loadAssigned(deps: Pick<RoutingDeps, 'routing' | 'state'>, record: ConversationRecord): Promise<AssignedConversation> {
  const messages = await deps.state.listMessages(record.conversationId);
  return toAssigned(record, messages, policyFor(deps, record.queue));
}
