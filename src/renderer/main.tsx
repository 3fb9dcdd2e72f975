// Renderer entry: build the bridge and the stores, wire them together, render. Nothing else runs
// at import time anywhere in the renderer.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectStores } from './app/connect-stores';
import { createStores } from './app/stores';
import { getBaton } from './bridge/get-baton';
import { createBrowserAttentionEnv } from './features/attention/connect-attention';
import { focusConversation } from './features/attention/focus-conversation';
import { createBrowserAlertBackend, createOfferAlerts } from './features/offers/alerting';
import type { PreferenceStorage } from './features/theme/theme.store';
import './styles/tokens.css';
import './styles/base.css';
import './styles/ui.css';
import './styles/containers.css';
import './styles/shell.css';
import './styles/screens.css';
import './styles/work.css';
import './styles/chat.css';
import './styles/canned.css';
import './styles/context.css';
import './styles/wellbeing.css';
import './styles/transfer.css';

function preferenceStorage(): PreferenceStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled by policy; the theme then simply follows the OS each start.
    return null;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const baton = getBaton();
const stores = createStores(preferenceStorage());
const alertBackend = createBrowserAlertBackend(window);
const alerts = createOfferAlerts({
  backend: alertBackend,
  mode: () => stores.session.getState().appInfo?.mode ?? null,
  open: (conversationId) => void focusConversation({ stores, doc: document, win: window }, conversationId),
});
connectStores(baton, stores, { alerts, attention: createBrowserAttentionEnv(window, alertBackend) });
createRoot(root).render(
  <StrictMode>
    <App services={{ baton, stores }} />
  </StrictMode>,
);
