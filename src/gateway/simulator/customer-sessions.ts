// Simulated customers after the handover: one polling loop per handed-off conversation that reads the
// agent's messages over the gateway's channel API and answers like a person (typing, delay, mood).
// Failures are logged, never thrown; stop() cancels every timer and request and waits for the loops.
import { setMaxListeners } from 'node:events';
import type { Logger } from '../../shared/log';
import { createCustomerApi, describeFailure, type CallOutcome, type CustomerApi } from './customer-api';
import { personaFrom, type Persona } from './customer-persona';
import { composeReply, initialState, type CustomerState } from './customer-replies';
import { mulberry32, type Random } from './random';

export interface CustomerSessionsOptions {
  gatewayUrl: string;
  botKey: string;
  log: Logger;
  /** Base pause before a reply (default 2.5 s); jittered and lengthened for longer replies. 0 in tests. */
  replyDelayMs?: number;
  /** Pause between polls (default 1 s). */
  pollMs?: number;
  /** A customer gives up after this long (default 15 min). */
  maxLifetimeMs?: number;
  /** At most this many customers at once; later handoffs get none (default 60). */
  maxSessions?: number;
}

export interface CustomerSessions {
  /** Starts a customer for a conversation the simulator handed off; `seed` makes its replies repeatable. */
  add(session: { conversationId: string; scenario: string; seed: number }): void;
  /** Cancels every poll, delay and request; resolves once all loops have finished. Safe to call twice. */
  stop(): Promise<void>;
}

const REQUEST_TIMEOUT_MS = 10_000;
/** Status (ended, wrapped, abandoned) is re-read every this many polls; messages every poll. */
const STATUS_EVERY = 5;
/** Consecutive failed polls are logged at warn on the first and then only every this many. */
const WARN_EVERY = 30;
const OVER = new Set(['ended', 'wrapped', 'abandoned']);

export function createCustomerSessions(options: CustomerSessionsOptions): CustomerSessions {
  const { log, replyDelayMs = 2_500, pollMs = 1_000, maxLifetimeMs = 15 * 60_000, maxSessions = 60 } = options;
  const stopper = new AbortController();
  // Every customer waits on it (a pause and a request each), so many listeners are expected, not a leak.
  setMaxListeners(maxSessions * 4 + 10, stopper.signal);
  const api = createCustomerApi({ gatewayUrl: options.gatewayUrl, botKey: options.botKey, signal: stopper.signal, timeoutMs: REQUEST_TIMEOUT_MS });
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
      // Demo customers alone must never keep a process alive.
      timer.unref();
      stopper.signal.addEventListener('abort', done, { once: true });
    });

  const add: CustomerSessions['add'] = ({ conversationId, scenario, seed }) => {
    if (stopper.signal.aborted || running.has(conversationId)) return;
    if (running.size >= maxSessions) {
      log.warn('simulated customer not started: too many at once', { conversationId, maxSessions });
      return;
    }
    const loop = runCustomer({ api, log, sleep, signal: stopper.signal, conversationId, scenario, random: mulberry32(seed), replyDelayMs, pollMs, maxLifetimeMs })
      .catch((error: unknown) => log.error('simulated customer failed', { conversationId, error: error instanceof Error ? error.message : String(error) }))
      .finally(() => running.delete(conversationId));
    running.set(conversationId, loop);
  };

  let stopping: Promise<void> | null = null;
  return {
    add,
    stop() {
      stopping ??= (async () => {
        stopper.abort();
        await Promise.allSettled([...running.values()]);
      })();
      return stopping;
    },
  };
}

interface CustomerRun {
  api: CustomerApi;
  log: Logger;
  sleep: (ms: number) => Promise<void>;
  signal: AbortSignal;
  conversationId: string;
  scenario: string;
  random: Random;
  replyDelayMs: number;
  pollMs: number;
  maxLifetimeMs: number;
}

async function runCustomer(run: CustomerRun): Promise<void> {
  const { api, log, sleep, signal, conversationId, scenario, random } = run;
  const fields = { conversationId, scenario };
  const deadline = Date.now() + run.maxLifetimeMs;
  let persona: Persona | null = null;
  let state: CustomerState | null = null;
  let lastSeq = 0;
  let sent = 0;
  let failures = 0;

  const failed = (what: string, outcome: Exclude<CallOutcome<unknown>, { kind: 'ok' }>): void => {
    if (outcome.kind === 'cancelled') return;
    failures += 1;
    const level = failures === 1 || failures % WARN_EVERY === 0 ? 'warn' : 'debug';
    log[level](`simulated customer could not ${what}`, { ...fields, failures, ...describeFailure(outcome) });
  };
  /** The conversation is gone for this customer: over, or unknown to the gateway. */
  const finished = (outcome: CallOutcome<unknown>): boolean => outcome.kind === 'refused' && (outcome.status === 404 || outcome.status === 409);

  for (let poll = 0; !signal.aborted && Date.now() < deadline; poll += 1) {
    if (persona === null || poll % STATUS_EVERY === 0) {
      const view = await api.conversation(conversationId);
      if (view.kind !== 'ok') {
        if (finished(view)) return log.info('simulated customer left: the gateway no longer has the conversation', { ...fields, ...describeFailure(view) });
        failed('read the conversation', view);
      } else {
        if (OVER.has(view.value.conversation.status)) return log.info('simulated customer done: the conversation is over', { ...fields, status: view.value.conversation.status, sent });
        if (persona === null) {
          persona = personaFrom(view.value.context, scenario);
          state = initialState(persona);
        }
      }
    }
    if (persona !== null && state !== null) {
      const polled = await api.messagesAfter(conversationId, lastSeq);
      if (polled.kind !== 'ok') {
        if (finished(polled)) return log.info('simulated customer left: the conversation is over', { ...fields, ...describeFailure(polled) });
        failed('poll messages', polled);
      } else {
        failures = 0;
        const fresh = polled.value.filter((m) => m.seq > lastSeq);
        lastSeq = Math.max(lastSeq, ...fresh.map((m) => m.seq));
        const agentText = fresh.filter((m) => m.from === 'agent' && m.kind === 'message').map((m) => m.text).join('\n');
        if (agentText !== '') {
          const reply = composeReply(persona, state, agentText, random);
          if (reply.state.mood !== state.mood) log.debug('simulated customer mood changed', { ...fields, from: state.mood, to: reply.state.mood });
          state = reply.state;
          sent += 1;
          const outcome = await say(run, reply.text, `sim-${conversationId}-c${sent}`);
          if (finished(outcome)) return log.info('simulated customer stopped: the conversation is no longer active', { ...fields, sent });
          if (outcome.kind !== 'ok') failed('send a reply', outcome);
          if (reply.leave && outcome.kind === 'ok') {
            const left = await api.end(conversationId);
            if (left.kind !== 'ok') failed('end the chat', left);
            return log.info('simulated customer said goodbye and ended the chat', { ...fields, sent });
          }
        }
      }
    }
    await sleep(run.pollMs);
  }
  if (!signal.aborted) log.info('simulated customer gave up waiting', { ...fields, sent });
}

/** Typing on, a human pause, the message, typing off. */
async function say({ api, log, sleep, signal, conversationId, random, replyDelayMs }: CustomerRun, text: string, id: string): Promise<CallOutcome<unknown>> {
  const typingOn = await api.typing(conversationId, true);
  if (typingOn.kind !== 'ok' && typingOn.kind !== 'cancelled') log.debug('simulated customer typing signal failed', { conversationId, ...describeFailure(typingOn) });
  await sleep(Math.round(replyDelayMs * (0.6 + random() * 0.8 + Math.min(text.length, 240) / 240)));
  if (signal.aborted) return { kind: 'cancelled' };
  const outcome = await api.send(conversationId, { text, id });
  const typingOff = await api.typing(conversationId, false);
  if (typingOff.kind !== 'ok' && typingOff.kind !== 'cancelled') log.debug('simulated customer typing signal failed', { conversationId, ...describeFailure(typingOff) });
  return outcome;
}
