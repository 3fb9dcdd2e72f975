// The open conversation: a header (who · channel · queue · time since accepted), the transcript with
// the handover marker, and the composer. Empty state when nothing is open.
import { useStore } from 'zustand';
import { customerName } from '../../../shared/domain/story';
import { useServices } from '../../app/services';
import { ChannelIcon } from '../../ui/ChannelIcon';
import { EmptyState } from '../../ui/EmptyState';
import { formatSince } from '../../ui/format-time';
import { IconMessage } from '../../ui/icons';
import { useNow } from '../../ui/use-now';
import { Composer } from './Composer';
import { ConversationTranscript } from './ConversationTranscript';
import { selectSelected } from './conversations.store';

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
  if (!selected) {
    return (
      <EmptyState icon={<IconMessage size={20} />} title="No conversation open.">
        <p>Accept an offer or pick a conversation from the list. The transcript and the message composer open here.</p>
      </EmptyState>
    );
  }
  const { conversation, context } = selected;
  const name = customerName(context) ?? 'Unnamed customer';
  return (
    <div className="conversation">
      <header className="conversation__head">
        <h3 className="conversation__name">{name}</h3>
        <span className="conversation__meta">
          <ChannelIcon channel={conversation.channel} showWord />
          <span aria-hidden="true">·</span>
          <span>{conversation.queueName}</span>
          {conversation.acceptedAt ? (
            <>
              <span aria-hidden="true">·</span>
              <Since at={conversation.acceptedAt} />
            </>
          ) : null}
        </span>
      </header>
      <ConversationTranscript key={conversation.conversationId} entries={context.transcript} acceptedAt={conversation.acceptedAt} />
      <Composer key={`c-${conversation.conversationId}`} conversationId={conversation.conversationId} facts={context.facts} customer={name} />
    </div>
  );
}
