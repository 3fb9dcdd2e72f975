// The top bar: wordmark, presence with time in state, link status, contact counters, shortcut
// help and the user menu. Fixed height; it truncates text before it ever scrolls sideways.
import { useStore } from 'zustand';
import type { Session } from '../../shared/domain/session';
import { selectUnreadTotal } from '../features/messages/messages.store';
import { selectOfferCount } from '../features/offers/offers.store';
import { LinkStatus } from '../features/link/LinkStatus';
import { PresenceSelect } from '../features/presence/PresenceSelect';
import { Button } from '../ui/Button';
import { IconKeyboard } from '../ui/icons';
import { Wordmark } from '../ui/Wordmark';
import { useServices } from './services';
import { UserMenu } from './UserMenu';

function Counters() {
  const { stores } = useServices();
  const offers = useStore(stores.offers, selectOfferCount);
  const unread = useStore(stores.messages, selectUnreadTotal);
  return (
    <p className="counters">
      offers <strong>{offers}</strong> · unread <strong>{unread}</strong>
    </p>
  );
}

export function TopBar({ session, onHelp }: { session: Session; onHelp: () => void }) {
  return (
    <header className="topbar">
      <Wordmark />
      <span className="topbar__sep" aria-hidden="true" />
      <PresenceSelect />
      <LinkStatus />
      <div className="topbar__spacer" />
      {session.role === 'agent' && (
        // Counters are an agent's; the supervisor's figures live on the wallboard.
        <Counters />
      )}
      <Button variant="quiet" size="sm" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={onHelp}>
        <IconKeyboard />
      </Button>
      <UserMenu session={session} onHelp={onHelp} />
    </header>
  );
}
