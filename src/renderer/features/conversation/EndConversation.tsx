// "End conversation" with an inline confirmation: the first press asks, the confirm button takes
// focus, Esc or Cancel steps back. Ending opens the wrap-up (the answer's status is `ended`).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { IconAlert } from '../../ui/icons';
import { endConversation } from './conversation-actions';

/** The wrap-up shortcut presses this button when the open conversation is still live. */
export const END_BUTTON_ID = 'end-conversation';

export function EndConversation({ conversationId }: { conversationId: string }) {
  const { baton, stores } = useServices();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function cancel() {
    setConfirming(false);
    // Focus goes back to the button after it is rendered again.
    requestAnimationFrame(() => startRef.current?.focus());
  }

  async function confirm() {
    if (pending) return;
    setPending(true);
    const problem = await endConversation(baton, stores, conversationId);
    setPending(false);
    setError(problem);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  }

  if (!confirming) {
    return (
      <Button id={END_BUTTON_ID} ref={startRef} size="sm" variant="secondary" onClick={() => setConfirming(true)}>
        End conversation
      </Button>
    );
  }
  return (
    <div className="end-confirm" role="group" aria-label="End conversation" onKeyDown={onKeyDown}>
      <span className="end-confirm__question">End it? The customer can no longer reply.</span>
      <Button ref={confirmRef} size="sm" variant="danger" aria-disabled={pending || undefined} onClick={() => void confirm()}>
        Yes, end it
      </Button>
      <Button size="sm" variant="quiet" onClick={cancel}>
        Cancel
      </Button>
      {error ? (
        <span className="end-confirm__error" role="alert">
          <IconAlert size={14} />
          {error}
        </span>
      ) : null}
    </div>
  );
}
