// The message composer: a multi-line "Message" box whose draft lives in the store (per conversation,
// with the caret), the repeat guard under it, and Send. Enter sends, Shift+Enter adds a line; a
// failed send keeps the draft and says why next to the box. A "/" at the start opens the canned responses;
// text still holding a {{placeholder}} is flagged and never sent.
import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useStore } from 'zustand';
import { CustomerSchema, type Fact } from '../../../shared/domain/handoff-context';
import { findRepeatedAsks } from '../../../shared/domain/repeat-guard';
import { placeholdersIn } from '../../../shared/domain/template';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { IconAlert, IconLock, IconSend } from '../../ui/icons';
import { CANNED_LISTBOX_ID, cannedOptionId, CannedPicker } from '../canned/CannedPicker';
import { useCannedPicker } from '../canned/use-canned-picker';
import { post } from '../messages/message-actions';
import { NoteComposer } from '../messages/NoteComposer';
import { selectSession } from '../session/session.store';
import { selectConversation, selectDraft } from './conversations.store';
import { RepeatHint } from './RepeatHint';

const EMPTY_CUSTOMER = CustomerSchema.parse({});

/** The composer's element id: the context panel's Insert buttons move focus here. */
export const COMPOSER_ID = 'message-composer';

export function Composer({ conversationId, facts, customer }: { conversationId: string; facts: readonly Fact[]; customer: string }) {
  const { baton, stores } = useServices();
  const draft = useStore(stores.conversations, selectDraft(conversationId));
  const box = useRef<HTMLTextAreaElement>(null);
  const deferred = useDeferredValue(draft.text);
  const hints = useMemo(() => findRepeatedAsks(deferred, facts), [deferred, facts]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const noteToggle = useRef<HTMLButtonElement>(null);
  const assigned = useStore(stores.conversations, selectConversation(conversationId));
  const agentName = useStore(stores.session, selectSession)?.displayName ?? '';
  const template = { context: { customer: assigned?.context.customer ?? EMPTY_CUSTOMER, facts }, agentName };
  const picker = useCannedPicker(draft.text, template, (text) => {
    stores.conversations.getState().draftChanged(conversationId, text, text.length);
    box.current?.focus();
  });
  const placeholders = placeholdersIn(draft.text);
  const highlighted = picker.open ? picker.matches[picker.active] : undefined;

  // After an Insert (here or from the context panel) put the caret where the store says it is.
  useLayoutEffect(() => {
    const el = box.current;
    if (el && el.selectionStart !== draft.caret) el.setSelectionRange(draft.caret, draft.caret);
  }, [draft.caret]);

  function track(event: SyntheticEvent<HTMLTextAreaElement>) {
    const el = event.currentTarget;
    stores.conversations.getState().draftChanged(conversationId, el.value, el.selectionStart);
  }

  function insert(value: string) {
    stores.conversations.getState().insertIntoDraft(conversationId, value);
    box.current?.focus();
  }

  async function send() {
    if (sending) return;
    const text = stores.conversations.getState().drafts[conversationId]?.text ?? '';
    // The alert under the box already names what to replace; the customer must never see "{{".
    if (placeholdersIn(text).length > 0) return;
    setSending(true);
    const problem = await post(baton, stores, 'message', conversationId, text);
    setSending(false);
    setError(problem);
    // Only clear what was sent: anything typed while it was on its way stays.
    if (problem === null && stores.conversations.getState().drafts[conversationId]?.text === text) {
      stores.conversations.getState().draftChanged(conversationId, '', 0);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (picker.onKeyDown(event)) return;
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void send();
  }

  return (
    <div className="composer">
      {picker.open ? <CannedPicker picker={picker} /> : null}
      <label className="visually-hidden" htmlFor={COMPOSER_ID}>
        Message
      </label>
      <textarea
        id={COMPOSER_ID}
        ref={box}
        className="composer__box"
        rows={3}
        placeholder={`Write to ${customer}…`}
        value={draft.text}
        onChange={track}
        onSelect={track}
        onKeyDown={onKeyDown}
        aria-invalid={error || placeholders.length > 0 ? true : undefined}
        aria-describedby={error ? 'composer-error' : placeholders.length > 0 ? 'composer-placeholders' : 'composer-note'}
        aria-controls={picker.open ? CANNED_LISTBOX_ID : undefined}
        aria-activedescendant={highlighted ? cannedOptionId(highlighted.id) : undefined}
      />
      {placeholders.length > 0 ? (
        <p id="composer-placeholders" className="composer__error" role="alert">
          <IconAlert size={14} />
          Replace {placeholders.join(', ')} before sending.
        </p>
      ) : null}
      {error ? (
        <p id="composer-error" className="composer__error" role="alert">
          <IconAlert size={14} />
          {error}
        </p>
      ) : null}
      <RepeatHint hints={hints} onInsert={(hint) => insert(hint.value)} />
      {noteOpen ? (
        <NoteComposer
          conversationId={conversationId}
          onClose={() => {
            setNoteOpen(false);
            noteToggle.current?.focus();
          }}
        />
      ) : null}
      <div className="composer__bar">
        <Button ref={noteToggle} variant="quiet" size="sm" aria-expanded={noteOpen} onClick={() => setNoteOpen((open) => !open)}>
          <IconLock size={14} />
          Add note
        </Button>
        <p id="composer-note" className="composer__note">
          Enter sends · Shift+Enter new line
        </p>
        <Button variant="primary" size="sm" className="composer__send" aria-disabled={sending || placeholders.length > 0 || undefined} onClick={() => void send()}>
          <IconSend size={14} />
          Send
        </Button>
      </div>
    </div>
  );
}
