// Agent presence: the states an agent can choose and the ones only the system sets.
// The gateway is authoritative; desktops only request changes.
import { z } from 'zod';

/** States an agent may pick from the presence selector. */
export const SelectablePresenceSchema = z.enum(['available', 'busy', 'break', 'lunch', 'training', 'offline']);
export type SelectablePresence = z.infer<typeof SelectablePresenceSchema>;

/** System states: set by the gateway (after-contact work, missed offers), never chosen directly. */
export const SystemPresenceSchema = z.enum(['after-contact-work', 'not-responding']);

export const PresenceStateSchema = z.enum([...SelectablePresenceSchema.options, ...SystemPresenceSchema.options]);
export type PresenceState = z.infer<typeof PresenceStateSchema>;

export const PresenceSchema = z.object({
  state: PresenceStateSchema,
  /** ISO-8601 instant the agent entered this state (the UI shows time in state from it). */
  since: z.iso.datetime(),
});
export type Presence = z.infer<typeof PresenceSchema>;

export const PRESENCE_LABELS: Readonly<Record<PresenceState, string>> = {
  available: 'Available',
  busy: 'Busy',
  break: 'Break',
  lunch: 'Lunch',
  training: 'Training',
  offline: 'Offline',
  'after-contact-work': 'After-contact work',
  'not-responding': 'Not responding',
};

/** Only these states receive offers (routing reads this too). */
export function canReceiveOffers(state: PresenceState): boolean {
  return state === 'available';
}
