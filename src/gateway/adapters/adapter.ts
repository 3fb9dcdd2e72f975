// The shape every bot-format adapter has: a pure function from the platform's own payload to a
// HandoffContextInput, or the reasons it could not be understood. No I/O, no clock reads, no throwing.
import type { HandoffContextInput, HandoffFormat } from '../../shared/domain/handoff-context';

export interface AdapterIssue {
  /** Dotted path into the payload, e.g. `sessionInfo.session`; '' for the payload as a whole. */
  path: string;
  message: string;
}

export type AdapterOutcome = { ok: true; context: HandoffContextInput } | { ok: false; issues: AdapterIssue[] };

export interface AdapterInput {
  payload: unknown;
  /** When the gateway received it: used where the payload carries no timestamps. */
  receivedAt: Date;
}

export interface HandoffAdapter {
  format: HandoffFormat;
  /** Human name for docs and errors, e.g. "Dialogflow CX WebhookRequest". */
  title: string;
  toContext(input: AdapterInput): AdapterOutcome;
}
