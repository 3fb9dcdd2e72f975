// Writes Bot Framework activities (Bot Framework Activity schema): message activities for the
// transcript, the `handoff.initiate` event with its Transcript attachment, and the DirectLine
// `{activities, watermark}` envelope Power Virtual Agents / Copilot Studio returns.
import type { Turn } from '../dialogue-loop';

export interface BotFrameworkParties {
  conversationId: string;
  user: { id: string; name: string };
  bot: { id: string; name: string };
  channelId: string;
  locale: string;
}

export type Activity = Record<string, unknown>;

export function messageActivity(parties: BotFrameworkParties, turn: Turn, id: string, at: Date): Activity {
  const fromBot = turn.from === 'bot';
  const botAccount = { ...parties.bot, role: 'bot' };
  const userAccount = { ...parties.user, role: 'user' };
  return {
    type: 'message',
    id,
    timestamp: at.toISOString(),
    channelId: parties.channelId,
    serviceUrl: 'https://directline.botframework.com/',
    from: fromBot ? botAccount : userAccount,
    recipient: fromBot ? userAccount : botAccount,
    conversation: { id: parties.conversationId },
    locale: parties.locale,
    textFormat: 'plain',
    text: turn.text,
    ...(fromBot ? { inputHint: 'expectingInput' } : {}),
  };
}

/** The event a bot sends to hand the conversation to an agent hub; `value` is the hub-specific context. */
export function handoffInitiateActivity(parties: BotFrameworkParties, value: Record<string, unknown>, transcript: Activity[], id: string, at: Date): Activity {
  return {
    type: 'event',
    name: 'handoff.initiate',
    id,
    timestamp: at.toISOString(),
    channelId: parties.channelId,
    serviceUrl: 'https://directline.botframework.com/',
    from: { ...parties.bot, role: 'bot' },
    recipient: { ...parties.user, role: 'user' },
    conversation: { id: parties.conversationId },
    locale: parties.locale,
    value,
    attachments: [{ contentType: 'application/vnd.microsoft.activity.transcript', content: transcript }],
  };
}

/** A DirectLine "get activities" response whose last activity is the handoff. */
export function directLineEnvelope(activities: Activity[], watermark: number): Record<string, unknown> {
  return { activities, watermark: String(watermark) };
}
