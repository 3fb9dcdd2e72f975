// Window-level shortcuts of the shell: Ctrl/Cmd+1..3 focus the columns, Ctrl/Cmd+Enter accepts the
// newest offer and Alt+R rejects it, Alt+↓/↑ open the next/previous conversation, Alt+W goes to wrap-up,
// "?" opens the help. Typing in a field never triggers "?" or Accept (Enter sends from the message box); the Alt
// shortcuts work from anywhere. The columns are found by their data-region attribute.
import { useEffect } from 'react';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export interface ShortcutHandlers {
  onHelp: () => void;
  onAccept?: () => boolean;
  onReject?: () => boolean;
  onAdjacent?: (step: 1 | -1) => void;
  onWrapUp?: () => void;
}

export function useShortcuts({ onHelp, onAccept, onReject, onAdjacent, onWrapUp }: ShortcutHandlers): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && !event.shiftKey && ['1', '2', '3'].includes(event.key)) {
        const region = document.querySelector<HTMLElement>(`[data-region="${event.key}"]`);
        if (region) {
          event.preventDefault();
          region.focus();
        }
        return;
      }
      if (event.altKey && !mod && !event.shiftKey) {
        // event.code, not key: on a Mac Alt+W types "∑".
        const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : null;
        if (step !== null && onAdjacent) {
          event.preventDefault();
          onAdjacent(step);
        } else if (event.code === 'KeyW' && onWrapUp) {
          event.preventDefault();
          onWrapUp();
        } else if (event.code === 'KeyR' && onReject?.()) {
          event.preventDefault();
        }
        return;
      }
      if (mod && !event.altKey && !event.shiftKey && event.key === 'Enter' && !isEditable(event.target)) {
        if (onAccept?.()) event.preventDefault();
        return;
      }
      if (event.key === '?' && !mod && !event.altKey && !isEditable(event.target)) {
        event.preventDefault();
        onHelp();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onHelp, onAccept, onReject, onAdjacent, onWrapUp]);
}
