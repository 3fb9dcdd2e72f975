// The agent's side of transfers on the socket: transfer a conversation, cancel a pending warm transfer,
// and list who can take it. Parsing and acks come from onRequest; decisions from the conversation service.
import { fail, ok, type Result } from '../../shared/contract/result';
import type { Logger } from '../../shared/log';
import type { ConversationService } from '../conversations/conversation-service';
import type { Outcome } from '../conversations/outcome';
import { onRequest } from './request-handler';
import type { GatewaySocket } from './socket-types';

const AGENTS_ONLY = 'Only agents transfer conversations';

const toResult = <T>(outcome: Outcome<T>): Result<T> => (outcome.ok ? ok(outcome.value) : fail('invalid-request', outcome.message));

export function registerTransferHandlers(socket: GatewaySocket, { conversations, log }: { conversations: ConversationService; log: Logger }): void {
  const { username, role } = socket.data;
  const refused = Promise.resolve(fail('invalid-request', AGENTS_ONLY));
  onRequest(socket, 'transfer:request', async (p) => (role === 'agent' ? toResult(await conversations.transfer(username, p)) : refused), log);
  onRequest(socket, 'transfer:cancel', async (p) => (role === 'agent' ? toResult(await conversations.cancelTransfer(username, p.conversationId)) : refused), log);
  onRequest(socket, 'directory:list', async () => (role === 'agent' ? ok(await conversations.directory(username)) : refused), log);
}
