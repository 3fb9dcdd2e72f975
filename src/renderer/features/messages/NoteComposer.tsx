// The internal-note box under the composer: agents and supervisors see notes, the customer never
// does. Enter saves, Shift+Enter adds a line, Esc closes (the caller returns focus to "Add note").
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { IconAlert } from '../../ui/icons';
import { post } from './message-actions';

export function NoteComposer({ conversationId, onClose }: { conversationId: string; onClose: () => void }) {
  const { baton, stores } = useServices();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => box.current?.focus(), []);

  async function save() {
    if (saving) return;
    setSaving(true);
    const problem = await post(baton, stores, 'note', conversationId, text);
    setSaving(false);
    setError(problem);
    if (problem === null) onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <div className="note-form">
      <label className="note-form__label" htmlFor={id}>
        Internal note
      </label>
      <span id={`${id}-hint`} className="note-form__hint">
        Only agents and supervisors see notes · Enter saves · Esc closes
      </span>
      <textarea
        id={id}
        ref={box}
        className="note-form__box"
        rows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
      />
      {error ? (
        <p id={`${id}-error`} className="composer__error" role="alert">
          <IconAlert size={14} />
          {error}
        </p>
      ) : null}
      <div className="note-form__bar">
        <Button size="sm" variant="quiet" onClick={onClose}>
          Cancel
        </Button>
        <Button size="sm" variant="secondary" aria-disabled={saving || undefined} onClick={() => void save()}>
          Save note
        </Button>
      </div>
    </div>
  );
}
