// The open conversation: a header (who · channel · queue · time since accepted · End), the bot
// transcript with the handover marker followed by the live messages, then the composer (the call bar for
// voice), or the wrap-up panel once the conversation has ended. Empty state when nothing is open.
import { useStore } from 'zustand';
import { customerName } from '../../../shared/domain/story';
import { useServices } from '../../app/services';
import { Badge } from '../../ui/Badge';
import { ChannelIcon } from '../../ui/ChannelIcon';
import { EmptyState } from '../../ui/EmptyState';
import { formatSince } from '../../ui/format-time';
import { IconMessage } from '../../ui/icons';
import { useNow } from '../../ui/use-now';
import { MessageLog } from '../messages/MessageLog';
import { selectMessages } from '../messages/messages.store';
import { TypingIndicator } from '../messages/TypingIndicator';
import { CallBar } from '../call/CallBar';
import { WrapUpPanel } from '../wrap-up/WrapUpPanel';
import { Composer } from './Composer';
import { ConversationTranscript } from './ConversationTranscript';
import { selectSelected } from './conversations.store';
import { EndConversation } from './EndConversation';
import { TransferBanner, TransferButton } from '../transfer/TransferControl';

function Since({ at }: { at: string }) {
  const now = useNow(1000);
  return (
    <time dateTime={at} title="Time since you accepted">
      {formatSince(at, now)}
    </time>
  );
}

export function ConversationView() {
  const { stores } = useServices();
  const selected = useStore(stores.conversations, selectSelected);
  const messages = useStore(stores.messages, selectMessages(selected?.conversation.conversationId ?? ''));
  if (!selected) {
    return (
      <EmptyState icon={<IconMessage size={20} />} title="No conversation open.">
        <p>Accept an offer or pick a conversation from the list. The transcript and the message composer open here.</p>
      </EmptyState>
    );
  }
  const { conversation, context } = selected;
  const id = conversation.conversationId;
  const name = customerName(context) ?? 'Unnamed customer';
  const ended = conversation.status === 'ended';
  return (
    <div className="conversation">
      <header className="conversation__head">
        <h3 className="conversation__name">{name}</h3>
        <span className="conversation__meta">
          <ChannelIcon channel={conversation.channel} showWord />
          <span aria-hidden="true">·</span>
          <span>{conversation.queueName}</span>
          {conversation.acceptedAt && !ended ? (
            <>
              <span aria-hidden="true">·</span>
              <Since at={conversation.acceptedAt} />
            </>
          ) : null}
        </span>
        <span className="conversation__actions">
          {ended ? null : <TransferButton key={`t-${id}`} conversationId={id} />}
          {ended ? <Badge tone="warning">Ended</Badge> : <EndConversation key={id} conversationId={id} />}
        </span>
      </header>
      {ended ? null : <TransferBanner conversationId={id} />}
      <ConversationTranscript
        key={id}
        entries={context.transcript}
        acceptedAt={conversation.acceptedAt}
        after={<MessageLog conversationId={id} customer={name} />}
      />
      {ended ? (
        <WrapUpPanel key={`w-${id}`} assigned={selected} messages={messages} />
      ) : conversation.channel === 'voice' ? (
        <CallBar key={`call-${id}`} conversationId={id} call={conversation.call} />
      ) : (
        <>
          <TypingIndicator conversationId={id} />
          <Composer key={`c-${id}`} conversationId={id} facts={context.facts} customer={name} />
        </>
      )}
    </div>
  );
}
