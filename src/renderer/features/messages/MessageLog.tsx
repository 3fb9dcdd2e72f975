// The live messages after the handover, as a `log` named "Messages": customer and agent messages
// look different, internal notes are marked "Internal note", timestamps show on hover. New customer
// messages are announced politely; the agent's own words are not read back to them.
import { useState } from 'react';
import { useStore } from 'zustand';
import type { ConversationMessage } from '../../../shared/domain/message';
import { useServices } from '../../app/services';
import { formatStamp } from '../../ui/format-time';
import { IconLock } from '../../ui/icons';
import { selectSession } from '../session/session.store';
import { selectMessages } from './messages.store';

function who(message: ConversationMessage, me: string | null, customer: string): string {
  if (message.from === 'customer') return customer;
  if (message.from === 'system') return 'System';
  if (message.author !== null && message.author === me) return 'You';
  return message.authorName ?? message.author ?? 'Agent';
}

function MessageItem({ message, me, customer }: { message: ConversationMessage; me: string | null; customer: string }) {
  const stamp = formatStamp(message.at);
  if (message.kind === 'note') {
    return (
      <div className="msg msg--note" title={stamp}>
        <span className="msg__who">
          <IconLock size={12} />
          Internal note · {who(message, me, customer)}
        </span>
        <p className="msg__text">{message.text}</p>
      </div>
    );
  }
  return (
    <div className={`msg msg--${message.from}`} title={stamp}>
      <span className="msg__who">{who(message, me, customer)}</span>
      <p className="msg__text">{message.text}</p>
    </div>
  );
}

export function MessageLog({ conversationId, customer }: { conversationId: string; customer: string }) {
  const { stores } = useServices();
  const messages = useStore(stores.messages, selectMessages(conversationId));
  const me = useStore(stores.session, selectSession)?.username ?? null;
  // Only what arrives while the log is open is news; what was there on opening is history.
  const [seenUpTo] = useState(() => messages.at(-1)?.seq ?? 0);
  const latest = messages.findLast((m) => m.from === 'customer' && m.kind === 'message' && m.seq > seenUpTo);

  return (
    <>
      <div role="log" aria-label="Messages" aria-live="off" className="messages">
        {messages.length === 0 ? <p className="messages__empty">No messages since the handover yet.</p> : null}
        {messages.map((m) => (
          <MessageItem key={m.seq} message={m} me={me} customer={customer} />
        ))}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {latest ? `${customer}: ${latest.text}` : ''}
      </p>
    </>
  );
}
