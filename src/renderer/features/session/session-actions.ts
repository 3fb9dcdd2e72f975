// Login and logout: invoke the host, then record the outcome in the session store. Form
// validation happens before this (LoginScreen); the host validates again.
import type { BatonApi, LoginForm } from '../../../shared/contract/ipc';
import { refreshLive } from '../../app/connect-stores';
import type { Stores } from '../../app/stores';

export async function logIn(baton: BatonApi, stores: Stores, form: LoginForm): Promise<void> {
  const session = stores.session.getState();
  if (session.loginPending) return;
  session.loginStarted();
  const result = await baton.invoke('session:log-in', form);
  if (!result.ok) {
    stores.session.getState().loginFailed(result.error);
    return;
  }
  stores.session.getState().loginSucceeded(result.value);
  await refreshLive(baton, stores);
}

export async function logOut(baton: BatonApi, stores: Stores): Promise<void> {
  const result = await baton.invoke('session:log-out');
  if (!result.ok) {
    stores.session.getState().logoutFailed(result.error.message);
    return;
  }
  stores.session.getState().sessionChanged(null);
  stores.presence.getState().presenceChanged(null);
  stores.offers.getState().cleared();
  stores.conversations.getState().cleared();
}
