// The agent's side of a conversation on the socket: messages and notes, catching up after a gap, ending
// and the wrap-up. Parsing and acks come from onRequest; decisions from the conversation service.
import { fail, ok, type Result } from '../../shared/contract/result';
import type { Logger } from '../../shared/log';
import type { ConversationService } from '../conversations/conversation-service';
import type { Outcome } from '../conversations/outcome';
import { onRequest } from './request-handler';
import type { GatewaySocket } from './socket-types';

const AGENTS_ONLY = 'Only agents take part in conversations';

const toResult = <T>(outcome: Outcome<T>): Result<T> => (outcome.ok ? ok(outcome.value) : fail('invalid-request', outcome.message));

export function registerConversationHandlers(socket: GatewaySocket, { conversations, log }: { conversations: ConversationService; log: Logger }): void {
  const { username, role } = socket.data;
  const asAgent =
    <T>(run: () => Promise<Outcome<T>>) =>
    async (): Promise<Result<T>> =>
      role === 'agent' ? toResult(await run()) : fail('invalid-request', AGENTS_ONLY);

  onRequest(socket, 'message:send', (p) => asAgent(() => conversations.addAgentText(username, 'message', p))(), log);
  onRequest(socket, 'note:add', (p) => asAgent(() => conversations.addAgentText(username, 'note', p))(), log);
  onRequest(socket, 'messages:since', (p) => asAgent(() => conversations.messagesSince(username, p.conversationId, p.afterSeq))(), log);
  onRequest(socket, 'conversation:end', (p) => asAgent(() => conversations.end(username, p.conversationId))(), log);
  onRequest(socket, 'wrapup:extend', (p) => asAgent(() => conversations.extend(username, p.conversationId))(), log);
  onRequest(socket, 'wrapup:submit', (p) => asAgent(() => conversations.submit(username, p))(), log);
}
