// "Customer is typing…" above the composer while the last typing signal is under 6 s old. The line
// keeps its height when empty, so the composer never jumps; it is read out politely.
import { useStore } from 'zustand';
import { useServices } from '../../app/services';
import { useNow } from '../../ui/use-now';
import { isTyping, selectTypingAt } from './messages.store';

export function TypingIndicator({ conversationId }: { conversationId: string }) {
  const { stores } = useServices();
  const typingAt = useStore(stores.messages, selectTypingAt(conversationId));
  const now = useNow(1000);
  // `now` ticks each second; a signal newer than the last tick still counts as typing.
  const typing = isTyping(typingAt, Math.max(now, typingAt ?? 0));
  return (
    <p className="typing" aria-live="polite">
      {typing ? (
        <>
          <span className="typing__dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          Customer is typing…
        </>
      ) : null}
    </p>
  );
}
