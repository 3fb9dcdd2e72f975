// The link status pill in the top bar: a dot, an icon and the status word, plus the reason and the
// next retry when offline and a "Log in again" action when the gateway refused the session.
import { useStore } from 'zustand';
import type { LinkStatus as Status } from '../../../shared/domain/link';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { formatRetry } from '../../ui/format-time';
import { IconCheckCircle, IconCloudOff, IconLock, IconSync } from '../../ui/icons';
import { StatusDot } from '../../ui/StatusDot';
import { useNow } from '../../ui/use-now';
import { logOut } from '../session/session-actions';
import { LINK_DISPLAY } from './link-display';
import { selectLink } from './link.store';

function StatusIcon({ status }: { status: Status }) {
  switch (status) {
    case 'online':
      return <IconCheckCircle size={14} />;
    case 'connecting':
      return <IconSync size={14} />;
    case 'offline':
      return <IconCloudOff size={14} />;
    case 'unauthorized':
      return <IconLock size={14} />;
  }
}

function RetryCountdown({ at }: { at: string }) {
  const now = useNow(1000);
  return <span className="link__retry">{formatRetry(at, now)}</span>;
}

export function LinkStatus() {
  const { baton, stores } = useServices();
  const link = useStore(stores.link, selectLink);
  const display = LINK_DISPLAY[link.status];
  const showReason = (link.status === 'offline' || link.status === 'unauthorized') && link.reason;
  return (
    <div className="link">
      <div role="status" aria-label="Link status" className={`link__pill link__pill--${display.tone}`} title={link.reason ?? undefined}>
        <StatusDot tone={display.tone} pulse={link.status === 'connecting'} />
        <StatusIcon status={link.status} />
        <span className="link__word">{display.word}</span>
        {showReason ? <span className="link__reason">· {link.reason}</span> : null}
        {link.status === 'offline' && link.nextRetryAt ? (
          <>
            <span aria-hidden="true">·</span>
            <RetryCountdown at={link.nextRetryAt} />
          </>
        ) : null}
      </div>
      {link.status === 'unauthorized' ? (
        <Button size="sm" variant="primary" onClick={() => void logOut(baton, stores)}>
          Log in again
        </Button>
      ) : null}
    </div>
  );
}
