// The agent's three columns: conversations (offers on top) | the open conversation | the customer's
// context. Each column keeps a real empty state that says what will appear and what to do.
import { useStore } from 'zustand';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { IconInbox } from '../../ui/icons';
import { Kbd } from '../../ui/Kbd';
import { Panel } from '../../ui/Panel';
import { modKeyLabel } from '../../ui/platform';
import { ContextPanel } from '../context/ContextPanel';
import { ConversationList } from '../conversation/ConversationList';
import { ConversationView } from '../conversation/ConversationView';
import { selectOrder } from '../conversation/conversations.store';
import { OfferStack } from '../offers/OfferStack';
import { selectOfferCount } from '../offers/offers.store';
import { requestPresence } from '../presence/presence-actions';
import { selectPresence, selectPresenceRequested } from '../presence/presence.store';
import { WellbeingCard } from '../wellbeing/WellbeingCard';

function NoConversations() {
  const { baton, stores } = useServices();
  const presence = useStore(stores.presence, selectPresence);
  const requested = useStore(stores.presence, selectPresenceRequested);
  const mod = modKeyLabel();
  const canGoAvailable = presence !== null && presence.state !== 'available';
  return (
    <EmptyState icon={<IconInbox size={20} />} title="No conversations yet.">
      <p>New contacts appear here when you are Available.</p>
      {canGoAvailable ? (
        <Button size="sm" variant="primary" disabled={requested !== null} onClick={() => void requestPresence(baton, stores.presence, 'available')}>
          Go Available
        </Button>
      ) : null}
      <p className="empty__hint">
        <span>
          <Kbd>{mod}</Kbd>
          <Kbd>1</Kbd> jumps to this list
        </span>
        <span>
          <Kbd>?</Kbd> shows all shortcuts
        </span>
      </p>
    </EmptyState>
  );
}

export function AgentWorkspace() {
  const { stores } = useServices();
  const order = useStore(stores.conversations, selectOrder);
  const offerCount = useStore(stores.offers, selectOfferCount);
  return (
    <div className="workspace">
      <Panel label="Conversations" region={1} className="workspace__list" meta={String(order.length)}>
        <OfferStack />
        <ConversationList />
        {order.length === 0 && offerCount === 0 ? <NoConversations /> : null}
      </Panel>
      <Panel label="Conversation" region={2} className="workspace__conversation">
        <WellbeingCard />
        <ConversationView />
      </Panel>
      <Panel label="Customer context" region={3} className="workspace__context">
        <ContextPanel />
      </Panel>
    </div>
  );
}
