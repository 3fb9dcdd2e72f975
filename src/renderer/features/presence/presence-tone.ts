// The dot colour for each presence state; the label (PRESENCE_LABELS) always sits beside it.
import type { PresenceState } from '../../../shared/domain/presence';
import type { Tone } from '../../ui/StatusDot';

export const PRESENCE_TONE: Readonly<Record<PresenceState, Tone>> = {
  available: 'success',
  busy: 'danger',
  break: 'warning',
  lunch: 'warning',
  training: 'accent',
  offline: 'neutral',
  'after-contact-work': 'warning',
  'not-responding': 'danger',
};
