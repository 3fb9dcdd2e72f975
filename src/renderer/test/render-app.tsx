// Renders the whole renderer app against a fake BatonApi with fresh stores, wired exactly as
// main.tsx wires them.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../app/App';
import { connectStores, type ConnectOptions } from '../app/connect-stores';
import { createStores } from '../app/stores';
import { createFakeBaton, type FakeHandlers } from './fake-baton';

export function renderApp(handlers: Partial<FakeHandlers> = {}, options: ConnectOptions = {}) {
  const baton = createFakeBaton(handlers);
  const stores = createStores(null);
  const disconnect = connectStores(baton, stores, options);
  const user = userEvent.setup();
  const view = render(<App services={{ baton, stores }} />);
  return { baton, stores, user, disconnect, ...view };
}
