// The "?" help: a modal dialog listing the shortcuts. Focus moves into it on open, stays inside
// while open, and returns to where it was on close (Esc, the close button or the backdrop).
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { Button } from '../../ui/Button';
import { IconClose } from '../../ui/icons';
import { Kbd } from '../../ui/Kbd';
import { modKeyLabel } from '../../ui/platform';
import { shortcutList } from './shortcuts';

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => previous?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      // The close button is the only control, so Tab keeps focus on it.
      event.preventDefault();
      closeRef.current?.focus();
    }
  }

  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="dialog" onKeyDown={onKeyDown}>
        <div className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            Keyboard shortcuts
          </h2>
          <Button ref={closeRef} variant="quiet" size="sm" aria-label="Close" onClick={onClose}>
            <IconClose />
          </Button>
        </div>
        <dl className="shortcuts">
          {shortcutList(modKeyLabel()).map((s) => (
            <div key={s.action} className="shortcuts__row">
              <dt className="shortcuts__keys">
                {s.keys.map((k) => (
                  <Kbd key={k}>{k}</Kbd>
                ))}
              </dt>
              <dd className="shortcuts__action">{s.action}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
