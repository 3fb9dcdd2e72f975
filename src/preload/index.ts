// The preload: the app's only contextBridge call. Exposes `window.baton` (invoke + on, derived from the
// contract) and nothing else: no ipcRenderer, no Node. Built as one CommonJS file for the sandbox.
import { contextBridge, ipcRenderer } from 'electron';
import { createBatonApi } from './baton-api';

contextBridge.exposeInMainWorld('baton', createBatonApi(ipcRenderer));
