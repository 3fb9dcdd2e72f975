// The customer's context for the open conversation: the story first, then what is already known,
// then identity and intent at a glance, then folded details and the searchable bot transcript.
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { composeStory } from '../../../shared/domain/story';
import { useServices } from '../../app/services';
import { EmptyState } from '../../ui/EmptyState';
import { IconUser } from '../../ui/icons';
import { COMPOSER_ID } from '../conversation/Composer';
import { selectSelected } from '../conversation/conversations.store';
import { BotSteps, Glance, IdentityDetails, IntentDetails } from './IdentityIntent';
import { JourneyTimeline, PriorContacts } from './Journey';
import { KnownFacts } from './KnownFacts';
import { RawPayload } from './RawPayload';
import { SentimentSparkline } from './SentimentSparkline';
import { TranscriptSearch } from './TranscriptSearch';
import { HandoverNotes } from '../transfer/HandoverNotes';

function Fold({ title, count, open = false, children }: { title: string; count?: number; open?: boolean; children: ReactNode }) {
  return (
    <details className="fold" open={open}>
      <summary className="fold__summary">
        {title}
        {count !== undefined ? <span className="fold__count">{count}</span> : null}
      </summary>
      <div className="fold__body">{children}</div>
    </details>
  );
}

function clipboardOrNull(): Pick<Clipboard, 'writeText'> | null {
  return typeof navigator !== 'undefined' && navigator.clipboard ? navigator.clipboard : null;
}

export function ContextPanel() {
  const { stores } = useServices();
  const selected = useStore(stores.conversations, selectSelected);
  if (!selected) {
    return (
      <EmptyState icon={<IconUser size={20} />} title="No customer yet.">
        <p>The customer's story appears here: who they are, what they want, and what the bot already did.</p>
        <p>Facts the bot already collected are listed under “Already known”, so you never ask twice.</p>
      </EmptyState>
    );
  }
  const { context, conversation } = selected;

  function insert(value: string) {
    stores.conversations.getState().insertIntoDraft(conversation.conversationId, value);
    document.getElementById(COMPOSER_ID)?.focus();
  }

  return (
    <div className="ctx">
      <HandoverNotes transfers={selected.transfers} />
      <section className="ctx-section ctx-story" aria-labelledby="ctx-story">
        <h3 id="ctx-story" className="ctx-heading">
          The story so far
        </h3>
        <p className="ctx-story__text">{composeStory(context)}</p>
      </section>
      <KnownFacts context={context} clipboard={clipboardOrNull()} onInsert={insert} />
      <Glance context={context} />
      <div className="folds">
        <Fold title="Identity">
          <IdentityDetails context={context} />
        </Fold>
        <Fold title="Intent">
          <IntentDetails context={context} />
        </Fold>
        <Fold title="Bot steps" count={context.botSteps.length}>
          <BotSteps steps={context.botSteps} />
        </Fold>
        <Fold title="Journey" count={context.journey.events.length}>
          <JourneyTimeline events={context.journey.events} />
        </Fold>
        <Fold title="Prior contacts" count={context.journey.priorContacts.length}>
          <PriorContacts contacts={context.journey.priorContacts} />
        </Fold>
        <Fold title="Sentiment" open>
          <SentimentSparkline sentiment={context.sentiment} />
        </Fold>
        <Fold title="Transcript" count={context.transcript.length} open>
          <TranscriptSearch key={conversation.conversationId} entries={context.transcript} />
          <RawPayload raw={context.source.raw} format={context.source.format} />
        </Fold>
      </div>
    </div>
  );
}
