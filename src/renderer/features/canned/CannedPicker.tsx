// The inline "Canned responses" listbox above the message box. Focus stays in the box (the box points at
// the highlighted option with aria-activedescendant); a click inserts too. Shows loading, failure and no-match.
import type { CannedPicker as Picker } from './use-canned-picker';

export const CANNED_LISTBOX_ID = 'canned-listbox';
export const cannedOptionId = (id: string): string => `canned-option-${id}`;

export function CannedPicker({ picker }: { picker: Picker }) {
  const { list, matches, active } = picker;
  const note =
    list.status === 'failed'
      ? `Canned responses are not available: ${list.message}`
      : list.status === 'ready' && matches.length === 0
        ? 'No canned response matches. Esc closes this list.'
        : list.status === 'ready'
          ? null
          : 'Loading canned responses…';
  return (
    <div className="canned">
      <ul id={CANNED_LISTBOX_ID} role="listbox" aria-label="Canned responses" className="canned__list">
        {matches.map((canned, index) => (
          <li
            key={canned.id}
            id={cannedOptionId(canned.id)}
            role="option"
            aria-selected={index === active}
            className="canned__option"
            // Keeps focus (and the caret) in the message box.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => picker.pick(canned)}
          >
            <span className="canned__title">{canned.title}</span>
            <span className="canned__text">{canned.text}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="canned__note">
        {note}
      </p>
      <p className="canned__hint">↑↓ choose · Enter inserts · Esc closes</p>
    </div>
  );
}
