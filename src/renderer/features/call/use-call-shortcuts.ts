// The call bar's keyboard shortcuts while a voice conversation is open: Alt+A answer, Alt+H hold or
// resume, Alt+M mute or unmute, Alt+E end the call. Listed in help/shortcuts.ts; they work from anywhere.
import { useEffect, useRef } from 'react';

export interface CallShortcutHandlers {
  answer: () => void;
  holdToggle: () => void;
  muteToggle: () => void;
  end: () => void;
}

/** event.code, not key: on a Mac Alt+letter types a symbol. */
const KEYS: Readonly<Record<string, keyof CallShortcutHandlers>> = { KeyA: 'answer', KeyH: 'holdToggle', KeyM: 'muteToggle', KeyE: 'end' };

export function useCallShortcuts(handlers: CallShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const action = KEYS[event.code];
      if (action === undefined) return;
      event.preventDefault();
      latest.current[action]();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
