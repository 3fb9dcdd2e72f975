// The app's only importer of `ipcMain`: binds Electron's ipcMain to the invoke gate in invoke-registry.ts.
// Keep logic out of here; this file exists so the gate itself can be tested without Electron.
import { ipcMain } from 'electron';
import { createInvokeRegistry, type InvokeRegistry, type InvokeRegistryDeps } from './invoke-registry';

export function registerIpc(deps: Omit<InvokeRegistryDeps, 'ipcMain'>): InvokeRegistry {
  return createInvokeRegistry({ ...deps, ipcMain });
}
