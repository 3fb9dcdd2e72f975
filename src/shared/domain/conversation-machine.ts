// The conversation state machine: which status follows which, on which event. Pure; the gateway asks it
// before every status change and refuses what it refuses, so no code path can skip a step.
import type { ConversationStatus } from './conversation';

export type ConversationEvent =
  | 'offer' // routing rings an agent
  | 'decline' // the offer was rejected, rang out or withdrawn: back to the queue
  | 'accept'
  | 'abandon' // the customer left before an agent took the contact
  | 'hold'
  | 'resume'
  | 'end' // the agent or the customer ended it
  | 'wrap' // the wrap-up was submitted
  | 'transfer'; // back to the queue for re-routing

export type Transition = { ok: true; status: ConversationStatus } | { ok: false; error: string };

const TABLE: Readonly<Record<ConversationEvent, Partial<Record<ConversationStatus, ConversationStatus>>>> = {
  offer: { queued: 'offered' },
  decline: { offered: 'queued' },
  accept: { offered: 'active' },
  abandon: { queued: 'abandoned', offered: 'abandoned' },
  hold: { active: 'on-hold' },
  resume: { 'on-hold': 'active' },
  end: { active: 'ended', 'on-hold': 'ended' },
  wrap: { ended: 'wrapped' },
  transfer: { active: 'queued', 'on-hold': 'queued' },
};

const VERBS: Readonly<Record<ConversationEvent, string>> = {
  offer: 'offered to an agent',
  decline: 'declined',
  accept: 'accepted',
  abandon: 'abandoned',
  hold: 'put on hold',
  resume: 'resumed',
  end: 'ended',
  wrap: 'wrapped up',
  transfer: 'transferred',
};

/** The statuses from which `event` is allowed. */
export function allowedFrom(event: ConversationEvent): ConversationStatus[] {
  return Object.keys(TABLE[event]) as ConversationStatus[];
}

export function nextStatus(status: ConversationStatus, event: ConversationEvent): Transition {
  const next = TABLE[event][status];
  if (next !== undefined) return { ok: true, status: next };
  const from = allowedFrom(event).join(' or ');
  return { ok: false, error: `A conversation that is ${status} cannot be ${VERBS[event]}; only one that is ${from} can` };
}
