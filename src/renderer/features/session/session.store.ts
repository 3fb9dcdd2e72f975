// Session store: app info from the host, the logged-in session, and the login/logout progress.
// Fed by connect-stores (events) and session-actions (invoke results); holds plain data only.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppInfo } from '../../../shared/contract/ipc';
import type { BatonErrorData } from '../../../shared/contract/result';
import type { Role } from '../../../shared/domain/role';
import type { Session } from '../../../shared/domain/session';

export type BootPhase = 'starting' | 'ready' | 'host-unreachable';

export interface SessionState {
  phase: BootPhase;
  appInfo: AppInfo | null;
  hostError: string | null;
  session: Session | null;
  loginPending: boolean;
  loginError: BatonErrorData | null;
  logoutError: string | null;
}

export interface SessionActions {
  booted(appInfo: AppInfo, session: Session | null): void;
  hostFailed(message: string): void;
  sessionChanged(session: Session | null): void;
  loginStarted(): void;
  loginSucceeded(session: Session): void;
  loginFailed(error: BatonErrorData): void;
  logoutFailed(message: string): void;
}

export type SessionStore = StoreApi<SessionState & SessionActions>;

export function createSessionStore(): SessionStore {
  return createStore<SessionState & SessionActions>()((set) => ({
    phase: 'starting',
    appInfo: null,
    hostError: null,
    session: null,
    loginPending: false,
    loginError: null,
    logoutError: null,
    booted: (appInfo, session) => set({ phase: 'ready', appInfo, session, hostError: null }),
    hostFailed: (message) => set((s) => (s.appInfo ? s : { phase: 'host-unreachable', hostError: message })),
    sessionChanged: (session) => set({ session, logoutError: null }),
    loginStarted: () => set({ loginPending: true, loginError: null }),
    loginSucceeded: (session) => set({ session, loginPending: false, loginError: null }),
    loginFailed: (error) => set({ loginPending: false, loginError: error }),
    logoutFailed: (message) => set({ logoutError: message }),
  }));
}

type S = SessionState;
export const selectPhase = (s: S): BootPhase => s.phase;
export const selectAppInfo = (s: S): AppInfo | null => s.appInfo;
export const selectHostError = (s: S): string | null => s.hostError;
export const selectSession = (s: S): Session | null => s.session;
export const selectRole = (s: S): Role | null => s.session?.role ?? null;
export const selectLoginPending = (s: S): boolean => s.loginPending;
export const selectLoginError = (s: S): BatonErrorData | null => s.loginError;
export const selectLogoutError = (s: S): string | null => s.logoutError;
