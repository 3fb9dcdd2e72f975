// Chat both ways after the handover: customer messages and typing from the channel connector, agent
// messages and internal notes from the desktop. Stores through GatewayState (which numbers messages and
// drops repeats), tells the owning agent's desktops, and hands agent messages to the channel's webhook.
import type { ConversationStatus } from '../../shared/domain/conversation';
import type { ConversationMessage, MessageKind } from '../../shared/domain/message';
import type { RoutingDeps } from '../routing/routing-deps';
import type { WebhookSender } from '../webhooks/webhook-sender';
import { done, ownedConversation, refuse, type Outcome } from './outcome';

export interface MessagingDeps extends RoutingDeps {
  webhooks: WebhookSender;
}

/** A customer may write while waiting and while an agent has the conversation. */
const CUSTOMER_OPEN: readonly ConversationStatus[] = ['queued', 'offered', 'active', 'on-hold'];
const AGENT_CAN_WRITE: Readonly<Record<MessageKind, readonly ConversationStatus[]>> = {
  message: ['active', 'on-hold'],
  // Notes are for colleagues, so they may still be added during wrap-up.
  note: ['active', 'on-hold', 'ended'],
};
const WITH_AGENT: readonly ConversationStatus[] = ['active', 'on-hold', 'ended'];

const closed = (status: ConversationStatus): Outcome<never> =>
  refuse('conflict', `The conversation is ${status}; messages can no longer be added to it`);

export async function receiveCustomerMessage(
  deps: MessagingDeps,
  conversationId: string,
  input: { id: string; text: string },
): Promise<Outcome<{ message: ConversationMessage; created: boolean }>> {
  const found = await ownedConversation(deps.state, conversationId, null);
  if (!found.ok) return found;
  const record = found.value;
  if (!CUSTOMER_OPEN.includes(record.status)) return closed(record.status);
  const appended = await deps.state.appendMessage(
    {
      conversationId,
      id: input.id,
      kind: 'message',
      from: 'customer',
      author: null,
      authorName: record.context.customer.displayName,
      text: input.text,
      at: deps.now().toISOString(),
    },
    `channel:${input.id}`,
  );
  if (appended.created && record.assignedTo !== null) deps.notify.toUser(record.assignedTo, 'conversation:message', appended.message);
  return done(appended);
}

export async function customerTyping(deps: MessagingDeps, conversationId: string, typing: boolean): Promise<Outcome<null>> {
  const found = await ownedConversation(deps.state, conversationId, null);
  if (!found.ok) return found;
  const record = found.value;
  if (!CUSTOMER_OPEN.includes(record.status)) return closed(record.status);
  if (record.assignedTo !== null && WITH_AGENT.includes(record.status)) deps.notify.toUser(record.assignedTo, 'conversation:typing', { conversationId, typing });
  return done(null);
}

/** Everything after `afterSeq` the connector may forward: customer and agent messages, never notes. */
export async function channelMessagesAfter(deps: MessagingDeps, conversationId: string, afterSeq: number): Promise<Outcome<ConversationMessage[]>> {
  const found = await ownedConversation(deps.state, conversationId, null);
  if (!found.ok) return found;
  return done(await deps.state.listMessages(conversationId, { afterSeq, kinds: ['message'] }));
}

export async function agentMessagesSince(deps: MessagingDeps, username: string, conversationId: string, afterSeq: number): Promise<Outcome<ConversationMessage[]>> {
  const found = await ownedConversation(deps.state, conversationId, username);
  if (!found.ok) return found;
  return done(await deps.state.listMessages(conversationId, { afterSeq }));
}

/** An agent message or note. A retry with the same `clientId` gets the stored one back and sends nothing again. */
export async function addAgentText(
  deps: MessagingDeps,
  username: string,
  kind: MessageKind,
  input: { conversationId: string; clientId: string; text: string },
): Promise<Outcome<ConversationMessage>> {
  const found = await ownedConversation(deps.state, input.conversationId, username);
  if (!found.ok) return found;
  const record = found.value;
  const dedupKey = `client:${input.clientId}`;
  if (!AGENT_CAN_WRITE[kind].includes(record.status)) {
    // A retry of something stored before the conversation ended still gets its answer.
    const earlier = (await deps.state.listMessages(input.conversationId)).find((m) => m.author === username && m.id === input.clientId && m.kind === kind);
    if (earlier) return done(earlier);
    return refuse('conflict', kind === 'note' ? `The conversation is ${record.status}; notes can no longer be added` : `The conversation is ${record.status}; the customer can no longer be written to`);
  }
  const { message, created } = await deps.state.appendMessage(
    {
      conversationId: input.conversationId,
      id: input.clientId,
      kind,
      from: 'agent',
      author: username,
      authorName: deps.users.find(username)?.displayName ?? username,
      text: input.text,
      at: deps.now().toISOString(),
    },
    dedupKey,
  );
  if (message.kind !== kind || message.author !== username) return refuse('invalid', 'This clientId was already used for another message; make a new one');
  if (!created) return done(message);
  deps.notify.toUser(username, 'conversation:message', message);
  if (kind === 'message') {
    const { seq, id, from, authorName, text, at } = message;
    deps.webhooks.send(record.channel, {
      type: 'message.created',
      conversationId: record.conversationId,
      source: { format: record.context.source.format, conversationId: record.context.source.conversationId },
      message: { seq, id, from, authorName, text, at },
    });
  }
  return done(message);
}
