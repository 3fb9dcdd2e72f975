// What every component may reach: the BatonApi port and the window's stores, provided through React
// context so tests can hand in a fake BatonApi and fresh stores.
import { createContext, useContext } from 'react';
import type { BatonApi } from '../../shared/contract/ipc';
import type { Stores } from './stores';

export interface AppServices {
  baton: BatonApi;
  stores: Stores;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs <ServicesContext.Provider> (see main.tsx)');
  return services;
}
