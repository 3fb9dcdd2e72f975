// Window-level shortcuts of the shell: Ctrl/Cmd+1..3 focus the columns, Ctrl/Cmd+Enter accepts the
// newest offer, "?" opens the help. Typing in a field never triggers "?" or Accept (Ctrl+Enter will
// send from the message box); the columns are found by their data-region attribute.
import { useEffect } from 'react';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts({ onHelp, onAccept }: { onHelp: () => void; onAccept?: () => boolean }): void {
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
  }, [onHelp, onAccept]);
}
