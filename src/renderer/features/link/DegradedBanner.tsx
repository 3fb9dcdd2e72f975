// Shown above the workspace whenever the link is not online: says what happened and what still
// works, so a degraded screen is never a blank or silent one.
import { useStore } from 'zustand';
import { useServices } from '../../app/services';
import { IconAlert, IconSync } from '../../ui/icons';
import { LINK_DISPLAY } from './link-display';
import { selectLink } from './link.store';

export function DegradedBanner() {
  const { stores } = useServices();
  const link = useStore(stores.link, selectLink);
  if (link.status === 'online') return null;
  const display = LINK_DISPLAY[link.status];
  const urgent = link.status !== 'connecting';
  return (
    <div role={urgent ? 'alert' : 'status'} className={`banner banner--${display.tone}`}>
      {urgent ? <IconAlert /> : <IconSync />}
      <p className="banner__text">
        <strong className="banner__title">Link {display.word}</strong>
        {link.reason && urgent ? <span>: {link.reason.replace(/\.+$/, '')}.</span> : <span>.</span>} {display.stillWorks}
      </p>
    </div>
  );
}
