// Voice call control: call events from the telephony connector (deduplicated by the connector's id,
// checked by the call machine) and the agent's call commands (checked, numbered, sent through the
// channel's webhook and kept for polling). Commands are requests: the call changes only on the event.
// Runs inside the routing engine's queue (the caller's job); ending the conversation is the caller's too.
import { randomBytes } from 'node:crypto';
import type { CallCommand, CallEventType } from '../../shared/domain/call';
import { applyCallEvent, commandProblem } from '../../shared/domain/call-machine';
import type { ConversationStatus, ConversationSummary } from '../../shared/domain/conversation';
import type { CallCommandEntry, ConversationRecord, VoiceRecord } from '../state/records';
import { toSummary } from './conversation-views';
import type { MessagingDeps } from './messaging';
import { done, ownedConversation, refuse, unknownConversation, type Outcome } from './outcome';

/** A call event also arrives while waiting (the call rings before an agent has it) and during wrap-up (a late hang-up). */
const EVENTS_OPEN: readonly ConversationStatus[] = ['queued', 'offered', 'active', 'on-hold', 'ended'];
const COMMANDS_OPEN: readonly ConversationStatus[] = ['active', 'on-hold'];

const EMPTY: VoiceRecord = { call: null, eventIds: [], commands: [] };

function voiceOnly(record: ConversationRecord): Outcome<VoiceRecord> {
  if (record.channel !== 'voice') return refuse('conflict', `This is a ${record.channel} conversation; call control is for voice conversations only`);
  return done(record.voice ?? EMPTY);
}

export interface CallEventResult {
  summary: ConversationSummary;
  /** False for a repeated event id: nothing changed. */
  applied: boolean;
}

export async function receiveCallEvent(deps: MessagingDeps, conversationId: string, event: { type: CallEventType; id: string }): Promise<Outcome<CallEventResult>> {
  const found = await ownedConversation(deps.state, conversationId, null);
  if (!found.ok) return found;
  const record = found.value;
  const voice = voiceOnly(record);
  if (!voice.ok) return voice;
  if (voice.value.eventIds.includes(event.id)) return done({ summary: toSummary(record), applied: false });
  if (!EVENTS_OPEN.includes(record.status)) return refuse('conflict', `The conversation is ${record.status}; its call can no longer change`);
  const step = applyCallEvent(voice.value.call, event.type, deps.now().toISOString());
  if (!step.ok) return refuse('conflict', step.error);
  const updated = await deps.state.updateConversation(conversationId, {
    voice: { ...voice.value, call: step.call, eventIds: [...voice.value.eventIds, event.id] },
  });
  if (!updated) return unknownConversation(conversationId);
  const summary = toSummary(updated);
  deps.log.info('call event', { conversationId, type: event.type });
  // An `ended` event ends the conversation too; that end tells the agent, so this would only repeat it.
  const endsConversation = event.type === 'ended' && COMMANDS_OPEN.includes(updated.status);
  if (updated.assignedTo !== null && !endsConversation) deps.notify.toUser(updated.assignedTo, 'conversation:updated', summary);
  return done({ summary, applied: true });
}

/** Records the agent's command and sends it to the connector; the answer is the (unchanged) summary. */
export async function requestCallCommand(deps: MessagingDeps, username: string, conversationId: string, command: CallCommand): Promise<Outcome<ConversationSummary>> {
  const found = await ownedConversation(deps.state, conversationId, username);
  if (!found.ok) return found;
  const record = found.value;
  const voice = voiceOnly(record);
  if (!voice.ok) return voice;
  if (!COMMANDS_OPEN.includes(record.status)) return refuse('conflict', `The conversation is ${record.status}; its call can no longer be controlled`);
  const problem = commandProblem(voice.value.call, command);
  if (problem !== null) return refuse('conflict', problem);
  const entry: CallCommandEntry = {
    seq: voice.value.commands.length + 1,
    id: `cc_${randomBytes(9).toString('base64url')}`,
    command,
    requestedBy: username,
    at: deps.now().toISOString(),
  };
  const updated = await deps.state.updateConversation(conversationId, { voice: { ...voice.value, commands: [...voice.value.commands, entry] } });
  if (!updated) return unknownConversation(conversationId);
  deps.log.info('call command', { conversationId, command, seq: entry.seq });
  const { source } = record.context;
  deps.webhooks.send(record.channel, {
    type: 'call.command',
    conversationId,
    source: { format: source.format, conversationId: source.conversationId },
    command: { seq: entry.seq, id: entry.id, command, at: entry.at },
  });
  return done(toSummary(updated));
}

/** Commands after `afterSeq`, for connectors that poll instead of receiving the webhook. */
export async function callCommandsAfter(deps: MessagingDeps, conversationId: string, afterSeq: number): Promise<Outcome<CallCommandEntry[]>> {
  const found = await ownedConversation(deps.state, conversationId, null);
  if (!found.ok) return found;
  const voice = voiceOnly(found.value);
  if (!voice.ok) return voice;
  return done(voice.value.commands.filter((c) => c.seq > afterSeq));
}
