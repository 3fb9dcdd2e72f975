// window.baton: the preload's contract bridge. Absent in browser mode, which is why it is optional;
// only src/renderer/bridge/get-baton.ts may read it.
import type { BatonApi } from '../shared/contract/ipc';

declare global {
  interface Window {
    baton?: BatonApi;
  }
}
