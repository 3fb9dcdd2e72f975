// The invoke handlers for working a conversation: messages and notes (with a client-made id), ending it,
// extending after-contact work, and the wrap-up draft and its one submission. The session owns the link,
// the tracker and the draft store; these handlers only use them.
import { randomUUID } from 'node:crypto';
import type { InvokeHandlers } from '../../../shared/contract/ipc';
import { BatonError } from '../../../shared/contract/result';
import type { ConversationSummary } from '../../../shared/domain/conversation';
import { wrapUpProblems } from '../../../shared/domain/wrap-up';
import type { DraftStore } from '../drafts/draft-store';
import type { GatewayLink } from '../link/gateway-link';
import type { WorkTracker } from '../work/work-tracker';

export type ConversationChannel = 'message:send' | 'note:add' | 'conversation:end' | 'wrapup:extend' | 'wrapup:save-draft' | 'wrapup:get-draft' | 'wrapup:submit';

export interface ConversationHandlerDeps {
  /** Throws `not-logged-in` without a session. */
  requireLink(): { live: GatewayLink; tracker: WorkTracker };
  requireDrafts(): DraftStore;
  /** Bumped by every login/logout: an answer for an older session is returned but not applied. */
  generation(): number;
  /** Wrap-ups confirmed in this session, so a repeated submit gets the same answer. */
  submitted: Map<string, ConversationSummary>;
}

export function createConversationHandlers(deps: ConversationHandlerDeps): Pick<InvokeHandlers, ConversationChannel> {
  /** An answer that changed a conversation: applied locally unless a newer login replaced this one. */
  async function changeConversation(request: () => Promise<ConversationSummary>): Promise<ConversationSummary> {
    const { tracker } = deps.requireLink();
    const mine = deps.generation();
    const summary = await request();
    if (mine === deps.generation()) tracker.updated(summary);
    return summary;
  }

  /** A second click while the first submission is on its way waits for the same answer. */
  const submitting = new Map<string, Promise<ConversationSummary>>();

  async function submit(conversationId: string): Promise<ConversationSummary> {
    const store = deps.requireDrafts();
    const { live, tracker } = deps.requireLink();
    const draft = store.get(conversationId);
    if (!draft) {
      const earlier = deps.submitted.get(conversationId);
      if (earlier) return earlier;
      throw new BatonError('invalid-request', 'There is no saved wrap-up for this conversation. Choose a disposition first.');
    }
    const policy = tracker.conversations().find((c) => c.conversation.conversationId === conversationId)?.wrapUp ?? null;
    const { disposition, notes } = draft;
    // Without the queue's policy here (not in the list yet) the gateway's own check still applies.
    const problems = disposition === null ? ['Choose a disposition'] : policy ? wrapUpProblems(policy, { disposition, notes }) : [];
    if (disposition === null || problems.length > 0) throw new BatonError('invalid-request', `The wrap-up cannot be submitted yet: ${problems.join('; ')}.`);
    const mine = deps.generation();
    // The draft's key makes a resubmission (after a crash or a lost answer) the same submission.
    const summary = await live.request('wrapup:submit', { conversationId, idempotencyKey: draft.idempotencyKey, disposition, notes });
    if (mine !== deps.generation()) return summary;
    if (store.get(conversationId)?.idempotencyKey === draft.idempotencyKey) store.remove(conversationId);
    deps.submitted.set(conversationId, summary);
    tracker.updated(summary);
    return summary;
  }

  return {
    'message:send': async ({ conversationId, text }) => {
      const { live, tracker } = deps.requireLink();
      const mine = deps.generation();
      const message = await live.request('message:send', { conversationId, clientId: randomUUID(), text });
      if (mine === deps.generation()) tracker.sent(message);
      return message;
    },

    'note:add': async ({ conversationId, text }) => {
      const { live, tracker } = deps.requireLink();
      const mine = deps.generation();
      const note = await live.request('note:add', { conversationId, clientId: randomUUID(), text });
      if (mine === deps.generation()) tracker.sent(note);
      return note;
    },

    'conversation:end': ({ conversationId }) => changeConversation(() => deps.requireLink().live.request('conversation:end', { conversationId })),
    'wrapup:extend': ({ conversationId }) => changeConversation(() => deps.requireLink().live.request('wrapup:extend', { conversationId })),

    'wrapup:save-draft': (request) => Promise.resolve(deps.requireDrafts().save(request)),
    'wrapup:get-draft': ({ conversationId }) => Promise.resolve(deps.requireDrafts().get(conversationId)),

    'wrapup:submit': ({ conversationId }) => {
      const running = submitting.get(conversationId);
      if (running) return running;
      const next = submit(conversationId).finally(() => submitting.delete(conversationId));
      submitting.set(conversationId, next);
      return next;
    },
  };
}
