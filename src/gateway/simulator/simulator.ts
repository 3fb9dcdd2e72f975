// Demo traffic: posts realistic bot handoffs to the gateway's own intake over real HTTP at a steady,
// jittered pace, rotating scenarios and bot formats, now and then resending one to exercise
// idempotency, and starts a simulated customer for each. Failures are logged, never thrown; stop()
// leaves no timer or request behind.
import type { Logger } from '../../shared/log';
import { createCustomerSessions } from './customer-sessions';
import { mulberry32, seedFrom, type Random } from './random';
import type { SimulatedHandoff } from './scenario';
import { SCENARIOS } from './scenarios/catalog';
import { sendHandoff, type SendOutcome } from './send-handoff';
import { createTelephonySessions } from './telephony-sessions';

export interface SimulatorOptions {
  /** The gateway's base URL, e.g. `http://127.0.0.1:4800`. */
  gatewayUrl: string;
  botKey: string;
  log: Logger;
  /** Pause between handoffs (default about 20 s); when set, the first one also waits this long (default about 3 s). */
  intervalMs?: number;
  /** Seeded source for scenarios, jitter and resends; defaults to a clock-seeded mulberry32. */
  random?: Random;
  now?: () => Date;
  /** Simulated customers answer the agents after each accepted handoff (default true). */
  customers?: boolean;
  /** Base pause before a customer's reply (default about 2.5 s); tests pass 0. */
  replyDelayMs?: number;
  /** Base pause before the simulated telephony connector reports a call event (default about 1 s); tests pass 0. */
  callEventDelayMs?: number;
}

export interface RunningSimulator {
  /** Cancels the timer and any request in flight; resolves once nothing is left running. Safe to call twice. */
  stop(): Promise<void>;
}

const DEFAULT_INTERVAL_MS = 20_000;
const DEFAULT_FIRST_MS = 3_000;
const JITTER = 0.25;
const RESEND_CHANCE = 0.1;
const REQUEST_TIMEOUT_MS = 15_000;

interface Sent {
  n: number;
  scenario: string;
  handoff: SimulatedHandoff;
  conversationId: string | null;
}

export function startSimulator(options: SimulatorOptions): RunningSimulator {
  const { gatewayUrl, botKey, log, random = mulberry32(Date.now()), now = () => new Date() } = options;
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const stopper = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> | null = null;
  let runs = 0;
  let lastAccepted: Sent | null = null;
  const customers =
    options.customers === false
      ? null
      : createCustomerSessions({ gatewayUrl, botKey, log, ...(options.replyDelayMs === undefined ? {} : { replyDelayMs: options.replyDelayMs }) });

  const telephony =
    options.customers === false
      ? null
      : createTelephonySessions({ gatewayUrl, botKey, log, ...(options.callEventDelayMs === undefined ? {} : { eventDelayMs: options.callEventDelayMs }) });

  const jittered = (ms: number): number => Math.max(0, Math.round(ms * (1 - JITTER + random() * 2 * JITTER)));

  const report = (job: Sent, outcome: SendOutcome, resend: boolean): void => {
    const fields = { n: job.n, scenario: job.scenario, format: job.handoff.format, botConversationId: job.handoff.botConversationId, resend };
    switch (outcome.kind) {
      case 'accepted': {
        const accepted = { ...fields, status: outcome.status, conversationId: outcome.conversationId, queue: outcome.queue };
        if (!resend) log.info('simulated handoff accepted', accepted);
        else if (outcome.conversationId === job.conversationId) log.info('simulated resend kept its conversation (idempotent)', accepted);
        else log.warn('simulated resend got a different conversation: intake is not idempotent', { ...accepted, expected: job.conversationId });
        return;
      }
      case 'refused':
        log.warn('simulated handoff refused by the gateway', { ...fields, status: outcome.status, body: outcome.body });
        return;
      case 'unreachable':
        log.warn('simulated handoff could not reach the gateway', { ...fields, error: outcome.error });
        return;
      case 'cancelled':
        log.debug('simulated handoff cancelled by stop()', fields);
        return;
    }
  };

  const nextJob = (): { job: Sent; resend: boolean } => {
    if (lastAccepted !== null && random() < RESEND_CHANCE) return { job: lastAccepted, resend: true };
    runs += 1;
    const scenario = SCENARIOS[(runs - 1) % SCENARIOS.length];
    if (scenario === undefined) throw new Error('the simulator has no scenarios');
    const handoff = scenario.build({ n: runs, random, now: now() });
    return { job: { n: runs, scenario: scenario.name, handoff, conversationId: null }, resend: false };
  };

  const tick = async (): Promise<void> => {
    try {
      const { job, resend } = nextJob();
      if (resend) log.info('simulator resending a handoff to exercise idempotency', { n: job.n, scenario: job.scenario, botConversationId: job.handoff.botConversationId });
      const outcome = await sendHandoff({ gatewayUrl, botKey, format: job.handoff.format, payload: job.handoff.payload, signal: stopper.signal, timeoutMs: REQUEST_TIMEOUT_MS });
      report(job, outcome, resend);
      if (!resend && outcome.kind === 'accepted') {
        lastAccepted = { ...job, conversationId: outcome.conversationId };
        // Seeded by the bot's own id (itself drawn from the seed), so customers never shift the handoff sequence.
        if (outcome.conversationId !== null) customers?.add({ conversationId: outcome.conversationId, scenario: job.scenario, seed: seedFrom(job.handoff.botConversationId) });
        if (outcome.conversationId !== null) telephony?.add({ conversationId: outcome.conversationId, seed: seedFrom(job.handoff.botConversationId) });
      }
    } catch (error) {
      log.error('simulator failed to produce a handoff', { error });
    }
  };

  const schedule = (delayMs: number): void => {
    if (stopper.signal.aborted) return;
    timer = setTimeout(() => {
      timer = null;
      inFlight = tick().finally(() => {
        inFlight = null;
        schedule(jittered(intervalMs));
      });
    }, delayMs);
    // Demo traffic alone must never keep a process alive.
    timer.unref();
  };

  schedule(jittered(options.intervalMs ?? DEFAULT_FIRST_MS));
  log.info('simulator started', { gatewayUrl, intervalMs, scenarios: SCENARIOS.map((s) => s.name) });

  let stopping: Promise<void> | null = null;
  return {
    stop() {
      stopping ??= (async () => {
        stopper.abort();
        if (timer !== null) clearTimeout(timer);
        timer = null;
        await inFlight;
        await customers?.stop();
        await telephony?.stop();
        log.info('simulator stopped', { sent: runs });
      })();
      return stopping;
    },
  };
}
