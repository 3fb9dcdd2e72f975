// The words and number the desktop shows outside the window for an `Attention`: the tray tooltip and
// the badge count. Pure, so the Electron tray and its tests agree on one phrasing.
import type { Attention } from '../../../shared/contract/ipc';

export const NO_ATTENTION: Attention = { offers: 0, unread: 0 };

/** "Baton — 1 offer waiting, 3 unread"; just "Baton" when nothing waits. */
export function attentionTooltip({ offers, unread }: Attention): string {
  const parts: string[] = [];
  if (offers > 0) parts.push(`${offers} ${offers === 1 ? 'offer' : 'offers'} waiting`);
  if (unread > 0) parts.push(`${unread} unread`);
  return parts.length === 0 ? 'Baton' : `Baton — ${parts.join(', ')}`;
}

/** The badge number: everything that needs the agent. */
export function attentionCount({ offers, unread }: Attention): number {
  return offers + unread;
}

export function sameAttention(a: Attention, b: Attention): boolean {
  return a.offers === b.offers && a.unread === b.unread;
}
