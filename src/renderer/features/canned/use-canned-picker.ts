// The composer's canned-response picker as state: open while the draft starts with "/" (until Esc), the
// matches for what follows the slash, the highlighted one, and the keys that move, insert and close.
// Inserting hands back the FILLED text and the variables it could not fill; it never sends anything.
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { CannedResponse } from '../../../shared/domain/canned';
import { fillTemplate, type TemplateInput } from '../../../shared/domain/template';
import { filterCanned } from './canned-filter';
import { useCannedList, type CannedList } from './use-canned-list';

export interface CannedPicker {
  open: boolean;
  list: CannedList;
  matches: CannedResponse[];
  active: number;
  /** Handles the key when the picker is open; true when the composer must not act on it too. */
  onKeyDown(event: KeyboardEvent<HTMLElement>): boolean;
  pick(canned: CannedResponse): void;
}

export function useCannedPicker(text: string, template: TemplateInput, onInsert: (text: string, missing: string[]) => void): CannedPicker {
  const slash = text.startsWith('/');
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [cursor, setCursor] = useState({ query: '', index: 0 });
  // Esc closes the picker for this text; typing on after the slash opens it again.
  const open = slash && dismissed !== text;
  const list = useCannedList(open);
  const query = slash ? text.slice(1) : '';
  const matches = useMemo(() => (list.status === 'ready' ? filterCanned(list.list, query) : []), [list, query]);
  // A new query starts at the top again.
  const active = cursor.query === query ? Math.min(cursor.index, Math.max(matches.length - 1, 0)) : 0;

  function pick(canned: CannedResponse): void {
    const filled = fillTemplate(canned.text, template);
    setDismissed(null);
    onInsert(filled.text, filled.missing);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>): boolean {
    if (!open || event.altKey || event.ctrlKey || event.metaKey) return false;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && matches.length > 0) {
      setCursor({ query, index: (active + step + matches.length) % matches.length });
    } else if (event.key === 'Escape') {
      setDismissed(text);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      // With the picker open, Enter never sends the "/query" to the customer.
      const chosen = matches[active];
      if (chosen) pick(chosen);
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  return { open, list, matches, active, onKeyDown, pick };
}
