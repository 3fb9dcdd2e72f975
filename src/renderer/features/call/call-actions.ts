// Sending a call command. The answer is not applied: the call changes when the connector's event arrives
// (as conversation:updated), which may overtake this answer.
import type { BatonApi } from '../../../shared/contract/ipc';
import type { CallCommand } from '../../../shared/domain/call';

export const COMMAND_WORDS: Readonly<Record<CallCommand, string>> = {
  answer: 'answer',
  hold: 'hold',
  resume: 'resume',
  mute: 'mute',
  unmute: 'unmute',
  end: 'end the call',
};

/** Null when the command was sent; otherwise the sentence to show. */
export async function sendCallCommand(baton: BatonApi, conversationId: string, command: CallCommand): Promise<string | null> {
  const result = await baton.invoke('call:command', { conversationId, command });
  return result.ok ? null : `Could not ${COMMAND_WORDS[command]}: ${result.error.message}`;
}
