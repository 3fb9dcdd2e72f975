// The message composer: a multi-line "Message" box whose draft lives in the store (per conversation,
// with the caret), the repeat guard under it, and an honest Send that says sending comes next.
import { useDeferredValue, useLayoutEffect, useMemo, useRef, type SyntheticEvent } from 'react';
import { useStore } from 'zustand';
import type { Fact } from '../../../shared/domain/handoff-context';
import { findRepeatedAsks } from '../../../shared/domain/repeat-guard';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { IconSend } from '../../ui/icons';
import { selectDraft } from './conversations.store';
import { RepeatHint } from './RepeatHint';

/** The composer's element id: the context panel's Insert buttons move focus here. */
export const COMPOSER_ID = 'message-composer';
const SEND_NOTE = 'Sending arrives with live chat; your draft is kept.';

export function Composer({ conversationId, facts, customer }: { conversationId: string; facts: readonly Fact[]; customer: string }) {
  const { stores } = useServices();
  const draft = useStore(stores.conversations, selectDraft(conversationId));
  const box = useRef<HTMLTextAreaElement>(null);
  const deferred = useDeferredValue(draft.text);
  const hints = useMemo(() => findRepeatedAsks(deferred, facts), [deferred, facts]);

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

  return (
    <div className="composer">
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
        aria-describedby="composer-note"
      />
      <RepeatHint hints={hints} onInsert={(hint) => insert(hint.value)} />
      <div className="composer__bar">
        <p id="composer-note" className="composer__note">
          {SEND_NOTE}
        </p>
        <Button variant="primary" size="sm" aria-disabled="true" title={SEND_NOTE} className="composer__send" onClick={() => box.current?.focus()}>
          <IconSend size={14} />
          Send
        </Button>
      </div>
    </div>
  );
}
