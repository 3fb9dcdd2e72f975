// The simulated telephony connector for voice handoffs: once an agent accepts, the call rings and is
// answered; then every call command the agent sends is answered with its event after a short delay, and
// now and then the caller hangs up. Chat handoffs are left alone. Never throws; stop() waits for every loop.
import { setMaxListeners } from 'node:events';
import type { CallEventType } from '../../shared/domain/call';
import { EXPECTED_EVENT } from '../../shared/domain/call-machine';
import type { Logger } from '../../shared/log';
import { describeFailure } from './customer-api';
import { mulberry32, type Random } from './random';
import { createTelephonyApi, type TelephonyApi } from './telephony-api';

export interface TelephonySessionsOptions {
  gatewayUrl: string;
  botKey: string;
  log: Logger;
  /** Base pause before the connector reports an event (default 1 s, jittered); 0 in tests. */
  eventDelayMs?: number;
  /** Pause between polls (default 1 s). */
  pollMs?: number;
  /** Chance per poll that a connected caller hangs up (default 0.004: a few minutes on average). */
  hangUpChance?: number;
  /** A call is dropped from the simulation after this long (default 15 min). */
  maxLifetimeMs?: number;
}

export interface TelephonySessions {
  /** Plays the telephony side of this conversation if it is a voice contact. */
  add(session: { conversationId: string; seed: number }): void;
  stop(): Promise<void>;
}

const REQUEST_TIMEOUT_MS = 10_000;
const OVER = new Set(['ended', 'wrapped', 'abandoned']);
const WITH_AGENT = new Set(['active', 'on-hold']);
/** The conversation's status is re-read every this many polls. */
const STATUS_EVERY = 5;

interface Call {
  api: TelephonyApi;
  log: Logger;
  sleep: (ms: number) => Promise<void>;
  signal: AbortSignal;
  conversationId: string;
  random: Random;
  options: Required<Omit<TelephonySessionsOptions, 'gatewayUrl' | 'botKey' | 'log'>>;
}

export function createTelephonySessions(options: TelephonySessionsOptions): TelephonySessions {
  const settings = { eventDelayMs: options.eventDelayMs ?? 1_000, pollMs: options.pollMs ?? 1_000, hangUpChance: options.hangUpChance ?? 0.004, maxLifetimeMs: options.maxLifetimeMs ?? 15 * 60_000 };
  const stopper = new AbortController();
  setMaxListeners(0, stopper.signal);
  const api = createTelephonyApi({ gatewayUrl: options.gatewayUrl, botKey: options.botKey, signal: stopper.signal, timeoutMs: REQUEST_TIMEOUT_MS });
  const running = new Map<string, Promise<void>>();

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (stopper.signal.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        stopper.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      stopper.signal.addEventListener('abort', done, { once: true });
    });

  let stopping: Promise<void> | null = null;
  return {
    add({ conversationId, seed }) {
      if (stopper.signal.aborted || running.has(conversationId)) return;
      const call: Call = { api, log: options.log, sleep, signal: stopper.signal, conversationId, random: mulberry32(seed), options: settings };
      const loop = runCall(call)
        .catch((error: unknown) => options.log.error('simulated call failed', { conversationId, error: error instanceof Error ? error.message : String(error) }))
        .finally(() => running.delete(conversationId));
      running.set(conversationId, loop);
    },
    stop() {
      stopping ??= (async () => {
        stopper.abort();
        await Promise.allSettled([...running.values()]);
      })();
      return stopping;
    },
  };
}

async function runCall(call: Call): Promise<void> {
  const { api, log, sleep, signal, conversationId, random, options } = call;
  const deadline = Date.now() + options.maxLifetimeMs;
  const pause = (): Promise<void> => sleep(Math.round(options.eventDelayMs * (0.5 + random())));
  let events = 0;
  /** Reports an event; false when the call is over for the gateway (the loop stops). */
  const report = async (type: CallEventType): Promise<boolean> => {
    events += 1;
    const outcome = await api.event(conversationId, { type, id: `sim-${conversationId}-e${events}` });
    if (outcome.kind === 'ok') return true;
    if (outcome.kind !== 'cancelled') log.info('simulated call event refused', { conversationId, type, ...describeFailure(outcome) });
    return outcome.kind === 'refused' && outcome.status === 409 && type !== 'ended';
  };

  // Wait for the agent to accept (or for the contact to be gone).
  for (;;) {
    if (signal.aborted || Date.now() > deadline) return;
    const view = await api.conversation(conversationId);
    if (view.kind === 'ok') {
      if (view.value.channel !== 'voice') return log.debug('simulated call not needed: not a voice contact', { conversationId });
      if (OVER.has(view.value.status)) return;
      if (WITH_AGENT.has(view.value.status)) break;
    } else if (view.kind === 'refused' && view.status === 404) return;
    await sleep(options.pollMs);
  }
  await pause();
  if (!(await report('ringing'))) return;
  await pause();
  if (!(await report('answered'))) return;
  log.info('simulated call connected', { conversationId });

  let lastSeq = 0;
  let held = false;
  for (let poll = 1; !signal.aborted && Date.now() < deadline; poll += 1) {
    if (poll % STATUS_EVERY === 0) {
      const view = await api.conversation(conversationId);
      // The agent ended the conversation without ending the call: the line drops with it.
      if (view.kind === 'ok' && OVER.has(view.value.status)) {
        if (view.value.status === 'ended') await report('ended');
        return;
      }
    }
    const polled = await api.commandsAfter(conversationId, lastSeq);
    if (polled.kind === 'refused') return;
    for (const command of polled.kind === 'ok' ? polled.value : []) {
      lastSeq = Math.max(lastSeq, command.seq);
      await pause();
      const type = EXPECTED_EVENT[command.command];
      if (!(await report(type)) || type === 'ended') return;
      if (type === 'held' || type === 'resumed') held = type === 'held';
    }
    if (!held && random() < options.hangUpChance) {
      log.info('simulated caller hung up', { conversationId });
      await report('ended');
      return;
    }
    await sleep(options.pollMs);
  }
}
