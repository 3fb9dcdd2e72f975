// Ending a conversation and its wrap-up: end (by the agent or the customer), after-contact work with its
// deadline timer, extend, and the idempotent submission. Moves the agent's presence to after-contact work
// and back. Runs inside the routing engine's queue (the caller's job); never calls the engine itself.
import type { ConversationSummary } from '../../shared/domain/conversation';
import type { Presence } from '../../shared/domain/presence';
import { wrapUpProblems, type WrapUpSubmission } from '../../shared/domain/wrap-up';
import { presenceChanged } from '../routing/offer-lifecycle';
import type { ConversationRecord } from '../state/records';
import { policyFor } from './assigned-view';
import { toSummary } from './conversation-views';
import type { MessagingDeps } from './messaging';
import { done, ownedConversation, refuse, transition, type Outcome } from './outcome';
import { withdrawWarmTransfer } from './warm-transfer';

export type DeadlineHandler = (conversationId: string) => void;

const timerKey = (conversationId: string): string => `acw:${conversationId}`;

async function setPresence(deps: MessagingDeps, username: string, state: Presence['state']): Promise<void> {
  const presence: Presence = { state, since: deps.now().toISOString() };
  await deps.state.setPresence(username, presence);
  deps.notify.toUser(username, 'presence:changed', presence);
  await presenceChanged(deps, username, presence);
}

function acwMs(deps: MessagingDeps, record: ConversationRecord): number {
  const seconds = deps.routing.acwSecondsOverride ?? policyFor(deps, record.queue).acwSeconds;
  return Math.round(seconds * 1000);
}

function schedule(deps: MessagingDeps, conversationId: string, deadline: string, onDeadline: DeadlineHandler): void {
  const delay = Math.max(0, Date.parse(deadline) - deps.now().getTime());
  deps.scheduler.schedule(timerKey(conversationId), delay, () => onDeadline(conversationId));
}

/** Back to the presence before after-contact work once none of the agent's conversations is still in it. */
async function resumeIfDone(deps: MessagingDeps, username: string): Promise<void> {
  const inAcw = await deps.state.listConversations({ assignedTo: username, status: ['ended'] });
  if (inAcw.some((c) => c.acwDeadline !== null)) return;
  const resume = await deps.state.getResumePresence(username);
  await deps.state.setResumePresence(username, null);
  const current = await deps.state.getPresence(username);
  // An agent who picked another state during after-contact work keeps it.
  if (current.state === 'after-contact-work') await setPresence(deps, username, resume ?? 'available');
}

export async function endConversation(
  deps: MessagingDeps,
  conversationId: string,
  by: { agent: string } | 'customer',
  onDeadline: DeadlineHandler,
): Promise<Outcome<ConversationSummary>> {
  const found = await ownedConversation(deps.state, conversationId, by === 'customer' ? null : by.agent);
  if (!found.ok) return found;
  // A warm transfer still ringing is withdrawn: there is nothing left to hand over.
  const record = await withdrawWarmTransfer(deps, found.value);
  const owner = record.assignedTo;
  const now = deps.now();
  const ms = owner === null ? 0 : acwMs(deps, record);
  const ended = await transition(deps.state, record, 'end', { endedAt: now.toISOString(), acwDeadline: ms > 0 ? new Date(now.getTime() + ms).toISOString() : null });
  if (!ended.ok) return ended;
  const summary = toSummary(ended.value);
  deps.log.info('conversation ended', { conversationId, by: by === 'customer' ? 'customer' : 'agent' });
  if (owner !== null) {
    deps.notify.toUser(owner, 'conversation:updated', summary);
    if (summary.acwDeadline !== null) {
      const current = await deps.state.getPresence(owner);
      if (current.state !== 'after-contact-work') {
        await deps.state.setResumePresence(owner, current.state);
        await setPresence(deps, owner, 'after-contact-work');
      }
      schedule(deps, conversationId, summary.acwDeadline, onDeadline);
    }
  }
  if (by !== 'customer') {
    const { source } = record.context;
    deps.webhooks.send(record.channel, {
      type: 'conversation.ended',
      conversationId,
      source: { format: source.format, conversationId: source.conversationId },
      endedAt: now.toISOString(),
      endedBy: 'agent',
    });
  }
  return done(summary);
}

export async function extendWrapUp(deps: MessagingDeps, username: string, conversationId: string, onDeadline: DeadlineHandler): Promise<Outcome<ConversationSummary>> {
  const found = await ownedConversation(deps.state, conversationId, username);
  if (!found.ok) return found;
  const record = found.value;
  if (record.status !== 'ended') return refuse('conflict', `The conversation is ${record.status}; only an ended conversation's after-contact work can be extended`);
  if (record.acwDeadline === null) return refuse('conflict', 'After-contact work for this conversation is already over; submit the wrap-up');
  const extendMs = policyFor(deps, record.queue).extendSeconds * 1000;
  const from = Math.max(Date.parse(record.acwDeadline), deps.now().getTime());
  const updated = await deps.state.updateConversation(conversationId, { acwDeadline: new Date(from + extendMs).toISOString() });
  if (!updated?.acwDeadline) return refuse('not-found', `No conversation with the id "${conversationId}"`);
  schedule(deps, conversationId, updated.acwDeadline, onDeadline);
  const summary = toSummary(updated);
  deps.notify.toUser(username, 'conversation:updated', summary);
  return done(summary);
}

export async function submitWrapUp(deps: MessagingDeps, username: string, submission: WrapUpSubmission): Promise<Outcome<ConversationSummary>> {
  const { conversationId, idempotencyKey } = submission;
  const found = await ownedConversation(deps.state, conversationId, username);
  if (!found.ok) return found;
  const record = found.value;
  if (record.wrapUp?.idempotencyKey === idempotencyKey) return done(toSummary(record));
  if (record.wrapUp !== null) return refuse('conflict', 'This conversation was already wrapped up with another submission');
  const problems = wrapUpProblems(policyFor(deps, record.queue), submission);
  if (record.status === 'ended' && problems.length > 0) return refuse('invalid', problems.join('; '));
  const wrapUp = { idempotencyKey, disposition: submission.disposition, notes: submission.notes, by: username, at: deps.now().toISOString() };
  const wrapped = await transition(deps.state, record, 'wrap', { wrapUp, acwDeadline: null });
  if (!wrapped.ok) return wrapped;
  deps.scheduler.cancel(timerKey(conversationId));
  const summary = toSummary(wrapped.value);
  deps.notify.toUser(username, 'conversation:updated', summary);
  deps.log.info('conversation wrapped', { conversationId, username, disposition: submission.disposition });
  await resumeIfDone(deps, username);
  return done(summary);
}

/** The deadline passed: the conversation stays ended (the wrap-up may still come) but the agent is free again. */
export async function acwDeadlinePassed(deps: MessagingDeps, conversationId: string): Promise<void> {
  const record = await deps.state.getConversation(conversationId);
  if (record?.status !== 'ended' || record.acwDeadline === null || record.assignedTo === null) return;
  // An extend moved the deadline (and its timer) while this one was waiting its turn.
  if (Date.parse(record.acwDeadline) > deps.now().getTime()) return;
  const updated = await deps.state.updateConversation(conversationId, { acwDeadline: null });
  if (updated) deps.notify.toUser(record.assignedTo, 'conversation:updated', toSummary(updated));
  await resumeIfDone(deps, record.assignedTo);
}
