// The agent's call control on the socket: `call:command` asks the telephony connector to answer, hold,
// resume, mute, unmute or end. The answer is the unchanged summary; the call changes on the connector's event.
import { fail, ok } from '../../shared/contract/result';
import type { Logger } from '../../shared/log';
import type { ConversationService } from '../conversations/conversation-service';
import { onRequest } from './request-handler';
import type { GatewaySocket } from './socket-types';

export function registerCallHandlers(socket: GatewaySocket, { conversations, log }: { conversations: ConversationService; log: Logger }): void {
  const { username, role } = socket.data;
  onRequest(
    socket,
    'call:command',
    async ({ conversationId, command }) => {
      if (role !== 'agent') return fail('invalid-request', 'Only agents control calls');
      const outcome = await conversations.callCommand(username, conversationId, command);
      return outcome.ok ? ok(outcome.value) : fail('invalid-request', outcome.message);
    },
    log,
  );
}
