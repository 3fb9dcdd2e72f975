// One entry point for everything that happens inside a conversation after intake (messages, typing, end,
// wrap-up), shared by the HTTP routes and the socket handlers. Status changes run in the routing engine's
// queue so they never interleave with routing decisions; messages need no queue (the state numbers them).
import type { CallCommand, CallEventType } from '../../shared/domain/call';
import type { ConversationSummary } from '../../shared/domain/conversation';
import type { ConversationMessage, MessageKind } from '../../shared/domain/message';
import type { Directory, TransferRequest } from '../../shared/domain/transfer';
import type { WrapUpSubmission } from '../../shared/domain/wrap-up';
import type { RoutingEngine } from '../routing/routing-engine';
import type { CallCommandEntry } from '../state/records';
import { callCommandsAfter, receiveCallEvent, requestCallCommand, type CallEventResult } from './call-flow';
import { toSummary } from './conversation-views';
import { addAgentText, agentMessagesSince, channelMessagesAfter, customerTyping, receiveCustomerMessage, type MessagingDeps } from './messaging';
import { done, refuse, type Outcome } from './outcome';
import { cancelTransfer, directoryFor, requestTransfer } from './transfer-flow';
import type { WellbeingTracker } from './wellbeing-tracker';
import { acwDeadlinePassed, endConversation, extendWrapUp, submitWrapUp } from './wrap-up-flow';

export interface ConversationService {
  receiveCustomerMessage(conversationId: string, input: { id: string; text: string }): Promise<Outcome<{ message: ConversationMessage; created: boolean }>>;
  customerTyping(conversationId: string, typing: boolean): Promise<Outcome<null>>;
  channelMessagesAfter(conversationId: string, afterSeq: number): Promise<Outcome<ConversationMessage[]>>;
  /** The customer left: a waiting contact is abandoned, one with an agent ends. Repeating it changes nothing. */
  customerEnded(conversationId: string): Promise<Outcome<ConversationSummary>>;
  addAgentText(username: string, kind: MessageKind, input: { conversationId: string; clientId: string; text: string }): Promise<Outcome<ConversationMessage>>;
  messagesSince(username: string, conversationId: string, afterSeq: number): Promise<Outcome<ConversationMessage[]>>;
  end(username: string, conversationId: string): Promise<Outcome<ConversationSummary>>;
  extend(username: string, conversationId: string): Promise<Outcome<ConversationSummary>>;
  submit(username: string, submission: WrapUpSubmission): Promise<Outcome<ConversationSummary>>;
  transfer(username: string, request: TransferRequest): Promise<Outcome<ConversationSummary>>;
  cancelTransfer(username: string, conversationId: string): Promise<Outcome<ConversationSummary>>;
  directory(username: string): Promise<Directory>;
  /** From the telephony connector; `ended` also ends the conversation as a customer hang-up does. */
  callEvent(conversationId: string, event: { type: CallEventType; id: string }): Promise<Outcome<CallEventResult>>;
  callCommand(username: string, conversationId: string, command: CallCommand): Promise<Outcome<ConversationSummary>>;
  callCommandsAfter(conversationId: string, afterSeq: number): Promise<Outcome<CallCommandEntry[]>>;
}

export function createConversationService(
  deps: MessagingDeps,
  routing: RoutingEngine,
  wellbeing: Pick<WellbeingTracker, 'contactEnded'> = { contactEnded: () => Promise.resolve() },
): ConversationService {
  const onDeadline = (conversationId: string): void => {
    routing
      .exclusive('after-contact work over', () => acwDeadlinePassed(deps, conversationId))
      .catch((error: unknown) => deps.log.error('after-contact work expiry failed', { conversationId, error }));
  };

  /** The one place a contact ends with an agent; each end counts once toward the owner's wellbeing streak. */
  const end = async (conversationId: string, by: { agent: string } | 'customer'): Promise<Outcome<ConversationSummary>> => {
    const outcome = await endConversation(deps, conversationId, by, onDeadline);
    if (outcome.ok) await wellbeing.contactEnded(outcome.value);
    return outcome;
  };

  const service: ConversationService = {
    receiveCustomerMessage: (id, input) => receiveCustomerMessage(deps, id, input),
    customerTyping: (id, typing) => customerTyping(deps, id, typing),
    channelMessagesAfter: (id, afterSeq) => channelMessagesAfter(deps, id, afterSeq),
    async customerEnded(conversationId) {
      const record = await deps.state.getConversation(conversationId);
      if (!record) return refuse('not-found', `No conversation with the id "${conversationId}"`);
      switch (record.status) {
        case 'queued':
        case 'offered': {
          const outcome = await routing.abandon(conversationId);
          return outcome.kind === 'unknown' ? refuse('not-found', `No conversation with the id "${conversationId}"`) : done(toSummary(outcome.conversation));
        }
        case 'ended':
        case 'abandoned':
          return done(toSummary(record));
        case 'active':
        case 'on-hold':
        case 'wrapped':
          return routing.exclusive('customer ended', () => end(conversationId, 'customer'));
      }
    },
    addAgentText: (username, kind, input) => addAgentText(deps, username, kind, input),
    messagesSince: (username, id, afterSeq) => agentMessagesSince(deps, username, id, afterSeq),
    end: (username, id) => routing.exclusive('conversation ended', () => end(id, { agent: username })),
    extend: (username, id) => routing.exclusive('after-contact work extended', () => extendWrapUp(deps, username, id, onDeadline)),
    submit: (username, submission) => routing.exclusive('wrap-up submitted', () => submitWrapUp(deps, username, submission)),
    transfer: (username, request) => routing.exclusive('transferred', () => requestTransfer(deps, username, request, (offerId) => routing.ringTimedOut(offerId))),
    cancelTransfer: (username, id) => routing.exclusive('transfer cancelled', () => cancelTransfer(deps, username, id)),
    directory: (username) => directoryFor(deps, username),
    async callEvent(conversationId, event) {
      const outcome = await routing.exclusive('call event', () => receiveCallEvent(deps, conversationId, event));
      if (!outcome.ok || !outcome.value.applied || event.type !== 'ended') return outcome;
      const ended = await service.customerEnded(conversationId);
      return ended.ok ? done({ summary: ended.value, applied: true }) : ended;
    },
    callCommand: (username, id, command) => routing.exclusive('call command', () => requestCallCommand(deps, username, id, command)),
    callCommandsAfter: (id, afterSeq) => callCommandsAfter(deps, id, afterSeq),
  };
  return service;
}
