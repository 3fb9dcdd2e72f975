// The agent's three columns: conversations | the conversation | the customer's context. Each has a
// real empty state that says what will appear and what to do; later issues fill them with data.
import { useStore } from 'zustand';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { IconInbox, IconMessage, IconUser } from '../../ui/icons';
import { Kbd } from '../../ui/Kbd';
import { Panel } from '../../ui/Panel';
import { modKeyLabel } from '../../ui/platform';
import { requestPresence } from '../presence/presence-actions';
import { selectPresence, selectPresenceRequested } from '../presence/presence.store';

export function AgentWorkspace() {
  const { baton, stores } = useServices();
  const presence = useStore(stores.presence, selectPresence);
  const requested = useStore(stores.presence, selectPresenceRequested);
  const mod = modKeyLabel();
  const canGoAvailable = presence !== null && presence.state !== 'available';

  return (
    <div className="workspace">
      <Panel label="Conversations" region={1} className="workspace__list" meta="0">
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
      </Panel>
      <Panel label="Conversation" region={2} className="workspace__conversation">
        <EmptyState icon={<IconMessage size={20} />} title="No conversation open.">
          <p>Accept an offer or pick a conversation from the list. The transcript and the message composer open here.</p>
        </EmptyState>
      </Panel>
      <Panel label="Customer context" region={3} className="workspace__context">
        <EmptyState icon={<IconUser size={20} />} title="No customer yet.">
          <p>The customer's story appears here: who they are, what they want, and what the bot already did.</p>
          <p>Facts the bot already collected are listed under “Already known”, so you never ask twice.</p>
        </EmptyState>
      </Panel>
    </div>
  );
}
