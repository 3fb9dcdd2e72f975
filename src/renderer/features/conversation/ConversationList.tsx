// The agent's conversations as a listbox: name, channel, unread count or "Wrap-up", sentiment (icon +
// word) and what they want.
// Arrow keys move, Home/End jump, Enter or Space opens; one option is in the Tab order at a time.
import { useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { customerName } from '../../../shared/domain/story';
import { useServices } from '../../app/services';
import { Badge } from '../../ui/Badge';
import { ChannelIcon } from '../../ui/ChannelIcon';
import { CallTimer } from '../call/CallTimer';
import { selectUnread } from '../messages/messages.store';
import { SentimentMarker } from '../../ui/SentimentMarker';
import { selectConversation, selectOrder, selectSelectedId } from './conversations.store';

function Row({ id, selected, focusable, onOpen }: { id: string; selected: boolean; focusable: boolean; onOpen: () => void }) {
  const { stores } = useServices();
  const assigned = useStore(stores.conversations, selectConversation(id));
  const unread = useStore(stores.messages, selectUnread(id));
  if (!assigned) return null;
  const { context } = assigned;
  const { call } = assigned.conversation;
  return (
    <li
      role="option"
      aria-selected={selected}
      tabIndex={focusable ? 0 : -1}
      data-conversation={id}
      className={['convo', selected ? 'convo--selected' : null].filter(Boolean).join(' ')}
      onClick={onOpen}
    >
      <span className="convo__line">
        <span className="convo__name">{customerName(context) ?? 'Unnamed customer'}</span>
        {assigned.conversation.status === 'ended' ? <Badge tone="warning">Wrap-up</Badge> : null}
        {unread > 0 ? <Badge tone="accent">{unread} unread</Badge> : null}
        <ChannelIcon channel={context.channel} />
        {call?.connectedAt && call.state !== 'ended' ? <CallTimer connectedAt={call.connectedAt} className="convo__timer" /> : null}
      </span>
      <span className="convo__line convo__line--sub">
        <span className="convo__intent">{context.intent?.label ?? 'Topic unknown'}</span>
        <SentimentMarker score={context.sentiment.score} />
      </span>
    </li>
  );
}

export function ConversationList() {
  const { stores } = useServices();
  const order = useStore(stores.conversations, selectOrder);
  const selectedId = useStore(stores.conversations, selectSelectedId);
  const listRef = useRef<HTMLUListElement>(null);
  if (order.length === 0) return null;
  const focusId = selectedId !== null && order.includes(selectedId) ? selectedId : order[0];

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    // Alt+arrows are the window's next/previous conversation shortcut.
    if (event.altKey) return;
    const options = Array.from(listRef.current?.querySelectorAll<HTMLElement>('[role="option"]') ?? []);
    const current = options.findIndex((o) => o === document.activeElement);
    const target = (() => {
      switch (event.key) {
        case 'ArrowDown':
          return options[Math.min(options.length - 1, current + 1)];
        case 'ArrowUp':
          return options[Math.max(0, current - 1)];
        case 'Home':
          return options[0];
        case 'End':
          return options[options.length - 1];
        default:
          return undefined;
      }
    })();
    if (target) {
      event.preventDefault();
      options.forEach((o) => (o.tabIndex = o === target ? 0 : -1));
      target.focus();
    } else if ((event.key === 'Enter' || event.key === ' ') && current >= 0) {
      event.preventDefault();
      const id = options[current]?.dataset.conversation;
      if (id) stores.conversations.getState().select(id);
    }
  }

  return (
    <ul ref={listRef} role="listbox" aria-label="Your conversations" className="convos" onKeyDown={onKeyDown}>
      {order.map((id) => (
        <Row key={id} id={id} selected={id === selectedId} focusable={id === focusId} onOpen={() => stores.conversations.getState().select(id)} />
      ))}
    </ul>
  );
}
