// How each link status reads on screen: the word, the tone of its dot and what still works.
// One table so the status pill and the degraded banner never disagree.
import type { LinkStatus } from '../../../shared/domain/link';
import type { Tone } from '../../ui/StatusDot';

export interface LinkDisplay {
  word: LinkStatus;
  tone: Tone;
  stillWorks: string;
}

export const LINK_DISPLAY: Readonly<Record<LinkStatus, LinkDisplay>> = {
  online: { word: 'online', tone: 'success', stillWorks: '' },
  connecting: {
    word: 'connecting',
    tone: 'warning',
    stillWorks: 'Connecting to the gateway. Your workspace stays open; new contacts arrive once the link is up.',
  },
  offline: {
    word: 'offline',
    tone: 'danger',
    stillWorks:
      'You can still read open conversations and keep drafts. New contacts and presence changes resume when the link is back.',
  },
  unauthorized: {
    word: 'unauthorized',
    tone: 'danger',
    stillWorks: 'The gateway no longer accepts this session. Your workspace stays readable; log in again to receive contacts.',
  },
};
