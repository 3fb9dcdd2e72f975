// The root component: provides the services, keeps the theme attribute in step with the store, and
// routes by boot phase and session: starting → host unreachable → login → the role's shell.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { LoginScreen } from '../features/login/LoginScreen';
import { selectHostError, selectPhase, selectSession } from '../features/session/session.store';
import { applyTheme, selectThemePreference } from '../features/theme/theme.store';
import { Button } from '../ui/Button';
import { IconCloudOff } from '../ui/icons';
import { Wordmark } from '../ui/Wordmark';
import { AppShell } from './AppShell';
import { bootStores } from './connect-stores';
import { ServicesContext, useServices, type AppServices } from './services';

function ThemeSync() {
  const { stores } = useServices();
  const preference = useStore(stores.theme, selectThemePreference);
  useEffect(() => applyTheme(document.documentElement, preference), [preference]);
  return null;
}

function Starting() {
  return (
    <main className="splash" id="workspace">
      <Wordmark large />
      <p role="status" className="splash__text">
        Starting Baton…
      </p>
    </main>
  );
}

function HostUnreachable() {
  const { baton, stores } = useServices();
  const message = useStore(stores.session, selectHostError);
  return (
    <main className="splash" id="workspace">
      <Wordmark large />
      <div role="alert" className="splash__error">
        <IconCloudOff size={20} />
        <p>
          Baton cannot reach its host{message ? `: ${message}` : '.'} It keeps retrying; you can also try now.
        </p>
      </div>
      <Button variant="primary" onClick={() => void bootStores(baton, stores)}>
        Try again
      </Button>
    </main>
  );
}

function Routes() {
  const { stores } = useServices();
  const phase = useStore(stores.session, selectPhase);
  const session = useStore(stores.session, selectSession);
  if (session) return <AppShell session={session} />;
  switch (phase) {
    case 'starting':
      return <Starting />;
    case 'host-unreachable':
      return <HostUnreachable />;
    case 'ready':
      return <LoginScreen />;
  }
}

export function App({ services }: { services: AppServices }) {
  return (
    <ServicesContext.Provider value={services}>
      <ThemeSync />
      <Routes />
    </ServicesContext.Provider>
  );
}
