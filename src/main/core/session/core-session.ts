// One agent's session inside a host: login over HTTP, the gateway link, presence, offers and assigned
// conversations (via the work tracker and the context cache), messages, ending and wrap-up (drafts via the
// draft store), and the handlers for every invoke channel. The token lives here and is never returned to
// the renderer. Hosts wire the handlers and inject ports.
import type { AppInfo, EventPublisher, InvokeHandlers } from '../../../shared/contract/ipc';
import { BatonError } from '../../../shared/contract/result';
import { initialLinkState, type LinkState } from '../../../shared/domain/link';
import type { ConversationSummary } from '../../../shared/domain/conversation';
import type { Presence } from '../../../shared/domain/presence';
import type { Session } from '../../../shared/domain/session';
import { customerName } from '../../../shared/domain/story';
import type { Logger } from '../../../shared/log';
import { openContextCache, type ContextCacheLimits } from '../cache/context-cache';
import { openDraftStore, type DraftStore } from '../drafts/draft-store';
import { createGatewayLink, type GatewayLink, type GatewayLinkOptions, type ServerEvent } from '../link/gateway-link';
import { withMessageNotices } from '../notify/message-notices';
import { silentNotifier, type KeyValueFile, type Notifier, type PreferencesStore } from '../ports';
import { createWorkTracker, type WorkTracker } from '../work/work-tracker';
import { createCallHandlers } from './call-handlers';
import { createCannedHandlers } from './canned-handlers';
import { createConversationHandlers } from './conversation-handlers';
import { createTeamHandlers } from './team-handlers';
import { createTransferHandlers } from './transfer-handlers';
import { logInOverHttp } from './gateway-client';

export interface CoreSessionDeps {
  mode: AppInfo['mode'];
  version: string;
  demo: AppInfo['demo'];
  defaults: AppInfo['defaults'];
  prefs: PreferencesStore;
  /** Where assigned conversations are cached between runs (scoped per user inside). */
  contextFile: KeyValueFile;
  contextCacheLimits?: Partial<ContextCacheLimits>;
  /** Where wrap-up drafts live between runs (scoped per user inside). */
  draftFile: KeyValueFile;
  /** Electron shows a system notification; browser mode leaves it to the renderer. */
  notifier?: Notifier;
  log: Logger;
  publish: EventPublisher;
  /** Link tuning (reconnect policy, timeouts); tests shorten these. */
  link?: Partial<Pick<GatewayLinkOptions, 'reconnect' | 'connectTimeoutMs' | 'requestTimeoutMs' | 'heartbeatIntervalMs' | 'heartbeatTimeoutMs'>>;
  loginTimeoutMs?: number;
  now?: () => Date;
}

export interface CoreSession {
  handlers: InvokeHandlers;
  /** The live link, for the benchmark and diagnostics; null when logged out. */
  link(): GatewayLink | null;
  dispose(): Promise<void>;
}

export function createCoreSession(deps: CoreSessionDeps): CoreSession {
  const { prefs, log, publish } = deps;
  const notifier = deps.notifier ?? silentNotifier;
  let session: Session | null = null;
  let link: GatewayLink | null = null;
  let work: WorkTracker | null = null;
  let linkState: LinkState = initialLinkState();
  let presence: Presence | null = null;
  let drafts: DraftStore | null = null;
  /** Wrap-ups this session saw confirmed: a repeated submit gets the same answer, not "no draft". */
  const submitted = new Map<string, ConversationSummary>();
  /** Bumped by every login/logout, so a slow login that lost the race cannot install its result. */
  let generation = 0;
  let disposed = false;

  function setPresence(next: Presence | null): void {
    if (next?.state === presence?.state && next?.since === presence?.since) return;
    presence = next;
    publish('presence:changed', presence);
  }

  function setLinkState(next: LinkState, mine: number): void {
    const wasOnline = linkState.status === 'online';
    linkState = next;
    publish('link:state-changed', next);
    if (next.status === 'online' && !wasOnline) void refreshWork(mine);
  }

  /** After every (re)connect: whatever happened while we were away is in the gateway's snapshot. */
  async function refreshWork(mine: number): Promise<void> {
    const live = link;
    const tracker = work;
    if (!live || !tracker) return;
    try {
      const mark = tracker.mark();
      const snapshot = await live.request('work:snapshot', {});
      if (mine !== generation) return;
      tracker.reconcile(snapshot, mark);
      await tracker.catchUp();
    } catch (error) {
      log.warn('work snapshot failed; showing what we had', { error: error instanceof Error ? error.message : String(error) });
    }
  }

  function onEvent(event: ServerEvent): void {
    switch (event.name) {
      case 'session:ready':
        work?.syncClock(event.payload.serverTime);
        setPresence(event.payload.presence);
        break;
      case 'presence:changed':
        setPresence(event.payload);
        break;
      case 'offer:created':
      case 'offer:withdrawn':
      case 'conversation:assigned':
      case 'conversation:message':
      case 'conversation:typing':
        work?.handle(event);
        break;
      case 'conversation:updated':
        // Wrapped elsewhere (another desktop of this agent): the draft here has nothing left to submit.
        if (event.payload.status === 'wrapped') drafts?.remove(event.payload.conversationId);
        work?.handle(event);
        break;
      case 'wellbeing:suggestion':
      case 'team:agent-changed':
        // Nothing to keep here: the renderer shows the suggestion, and the team view reloads with team:list.
        publish(event.name, event.payload);
        break;
      case 'session:taken-over':
        // The link already went `unauthorized` with the gateway's reason; drafts stay for the next login.
        break;
    }
  }

  function closeWork(): void {
    work?.close();
    work = null;
    drafts?.dispose();
    drafts = null;
    submitted.clear();
  }

  function endSession(reason: string): void {
    generation += 1;
    link?.close();
    link = null;
    closeWork();
    const hadSession = session !== null;
    session = null;
    if (hadSession) publish('session:changed', null);
    setPresence(null);
    setLinkState({ ...initialLinkState(), reason }, generation);
  }

  function requireLink(): { live: GatewayLink; tracker: WorkTracker } {
    if (!session || !link || !work) throw new BatonError('not-logged-in', 'Log in to the gateway first.');
    return { live: link, tracker: work };
  }

  function requireDrafts(): DraftStore {
    if (!session || !drafts) throw new BatonError('not-logged-in', 'Log in to the gateway first.');
    return drafts;
  }

  const handlers: InvokeHandlers = {
    'app:get-info': () => {
      const last = prefs.get().lastLogin;
      return Promise.resolve({
        version: deps.version,
        mode: deps.mode,
        defaults: {
          gatewayUrl: deps.defaults.gatewayUrl ?? last?.gatewayUrl ?? null,
          username: deps.defaults.username ?? last?.username ?? null,
        },
        demo: deps.demo,
      });
    },

    'session:log-in': async ({ gatewayUrl, username, password }) => {
      if (disposed) throw new BatonError('internal', 'This session has been closed.');
      const url = gatewayUrl.replace(/\/+$/, '');
      if (session) endSession('Logged out');
      const mine = ++generation;
      const login = await logInOverHttp({ gatewayUrl: url, username, password, log, ...(deps.loginTimeoutMs ? { timeoutMs: deps.loginTimeoutMs } : {}) });
      if (mine !== generation || disposed) throw new BatonError('not-logged-in', 'A newer login or logout replaced this one.');
      session = { username, displayName: login.displayName, role: login.role, gatewayUrl: url, expiresAt: login.expiresAt };
      saveLastLogin(prefs, log, { gatewayUrl: url, username });
      log.info('logged in', { username, role: login.role, gatewayUrl: url });
      publish('session:changed', session);
      drafts = openDraftStore({ file: deps.draftFile, scope: { username, gatewayUrl: url }, log, ...(deps.now ? { now: deps.now } : {}) });
      work = createWorkTracker({
        publish: withMessageNotices(publish, {
          notifier,
          customerName: (id) => {
            const assigned = work?.conversations().find((c) => c.conversation.conversationId === id);
            return assigned ? customerName(assigned.context) : null;
          },
          log,
        }),
        notifier,
        cache: openContextCache({
          file: deps.contextFile,
          scope: { username, gatewayUrl: url },
          log,
          ...(deps.contextCacheLimits ? { limits: deps.contextCacheLimits } : {}),
        }),
        log,
        fetchMessages: async (conversationId, afterSeq) => {
          if (!link || mine !== generation) throw new BatonError('not-logged-in', 'This session has ended.');
          return link.request('messages:since', { conversationId, afterSeq });
        },
        ...(deps.now ? { now: deps.now } : {}),
      });
      link = createGatewayLink({
        url,
        token: login.token,
        log,
        ...deps.link,
        onState: (state) => {
          if (mine === generation) setLinkState(state, mine);
        },
        onEvent: (event) => {
          if (mine === generation) onEvent(event);
        },
      });
      return session;
    },

    'session:log-out': () => {
      if (session) log.info('logged out', { username: session.username });
      endSession('Logged out');
      return Promise.resolve(null);
    },

    'session:get': () => Promise.resolve(session),
    'link:get-state': () => Promise.resolve(linkState),
    'presence:get': () => Promise.resolve(presence),

    'presence:set': async ({ state }) => {
      const { live } = requireLink();
      const mine = generation;
      const next = await live.request('presence:set', { state });
      if (mine === generation) setPresence(next);
      return next;
    },

    'contact:accept': async ({ offerId }) => {
      const { live, tracker } = requireLink();
      const mine = generation;
      const assigned = await live.request('offer:accept', { offerId });
      if (mine === generation) tracker.accepted(offerId, assigned);
      return assigned;
    },

    'contact:reject': async ({ offerId }) => {
      const { live, tracker } = requireLink();
      const mine = generation;
      await live.request('offer:reject', { offerId });
      if (mine === generation) tracker.rejected(offerId);
      return null;
    },

    'contact:list-offers': () => Promise.resolve(work?.offers() ?? []),
    'conversation:list': () => Promise.resolve(work?.conversations() ?? []),
    ...createConversationHandlers({ requireLink, requireDrafts, generation: () => generation, submitted }),
    ...createTransferHandlers({ requireLink, generation: () => generation }),
    ...createCannedHandlers({ requireLink, generation: () => generation }),
    ...createCallHandlers({ requireLink }),
    ...createTeamHandlers({ requireLink }),
    // No session needed: after a logout the counts drop to zero and the badge must follow.
    'app:set-attention': (attention) => {
      notifier.setAttention?.(attention);
      return Promise.resolve(null);
    },
  };

  return {
    handlers,
    link: () => link,
    dispose() {
      if (!disposed) {
        disposed = true;
        generation += 1;
        link?.close();
        link = null;
        closeWork();
        session = null;
      }
      return Promise.resolve();
    },
  };
}

/** Remembering the last login is a convenience: a failing store must not fail the login. */
function saveLastLogin(prefs: PreferencesStore, log: Logger, lastLogin: { gatewayUrl: string; username: string }): void {
  try {
    prefs.update({ lastLogin });
  } catch (error) {
    log.warn('could not save the last login', { error });
  }
}
