// The simulator against a real loopback HTTP server that records requests: auth, paths, bodies,
// pacing by count (never by clock), stop(), resends, and failures logged instead of thrown.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HANDOFF_FORMATS } from '../../shared/domain/handoff-context';
import type { LogFields, Logger } from '../../shared/log';
import { mulberry32 } from './random';
import { startSimulator, type RunningSimulator } from './simulator';

interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

interface Recorder {
  url: string;
  requests: Recorded[];
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number): Promise<void>;
  close(): Promise<void>;
}

type Reply = (request: Recorded, res: ServerResponse) => void;

const accept: Reply = (request, res) => {
  const body = JSON.parse(request.body) as Record<string, unknown>;
  // Same body, same conversation: a stand-in for the gateway's idempotency.
  res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ conversationId: `c-${request.body.length}-${Object.keys(body).length}`, queue: 'general' }));
};

async function startRecorder(reply: Reply = accept): Promise<Recorder> {
  const requests: Recorded[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, contentType: req.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      reply(recorded, res);
      for (const w of waiters.filter((x) => requests.length >= x.count)) w.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    waitFor: (count) => (requests.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function memoryLog(): Logger & { lines: { level: string; message: string; fields: LogFields }[] } {
  const lines: { level: string; message: string; fields: LogFields }[] = [];
  const at = (level: string) => (message: string, fields: LogFields = {}) => void lines.push({ level, message, fields });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function run(options: { reply?: Reply; seed?: number; gatewayUrl?: string } = {}) {
  const recorder = await startRecorder(options.reply);
  cleanups.push(() => recorder.close());
  const log = memoryLog();
  const simulator: RunningSimulator = startSimulator({
    gatewayUrl: options.gatewayUrl ?? `${recorder.url}/`,
    botKey: 'test-bot-key',
    log,
    intervalMs: 50,
    random: mulberry32(options.seed ?? 7),
    now: () => new Date('2025-03-14T10:30:00.000Z'),
    // The recorder only speaks the intake; customers are covered in customer-sessions.test.ts.
    customers: false,
  });
  cleanups.push(() => simulator.stop());
  return { recorder, log, simulator };
}

describe('startSimulator', () => {
  it('posts JSON handoffs with the bot key to /v1/handoffs/{format}, rotating through every format', async () => {
    const { recorder, simulator } = await run();
    await recorder.waitFor(9);
    await simulator.stop();
    for (const request of recorder.requests) {
      expect(request.method).toBe('POST');
      expect(request.authorization).toBe('Bearer test-bot-key');
      expect(request.contentType).toBe('application/json');
      expect(request.url).toMatch(/^\/v1\/handoffs\/(native|rasa|dialogflow-cx|botframework|lex-v2|chatwoot)$/);
      expect(() => JSON.parse(request.body) as unknown).not.toThrow();
    }
    const formats = new Set(recorder.requests.map((r) => r.url.split('/').pop()));
    expect(formats).toEqual(new Set(HANDOFF_FORMATS));
  });

  it('sends a fresh bot conversation each run, resends one now and then, and logs the resend', async () => {
    const { recorder, log, simulator } = await run({ seed: 3 });
    await recorder.waitFor(40);
    await simulator.stop();
    const bodies = recorder.requests.map((r) => r.body);
    const repeats = bodies.filter((body, i) => bodies.indexOf(body) !== i).length;
    expect(repeats).toBeGreaterThan(0);
    expect(repeats).toBeLessThan(bodies.length / 3);
    const resendLogs = log.lines.filter((l) => l.message.includes('resending'));
    expect(resendLogs).toHaveLength(repeats);
    expect(log.lines.filter((l) => l.message.includes('idempotent'))).toHaveLength(repeats);
    const accepted = log.lines.filter((l) => l.message === 'simulated handoff accepted');
    const ids = accepted.map((l) => l.fields['botConversationId']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(accepted[0]?.fields).toMatchObject({ status: 202, queue: 'general', resend: false });
  });

  it('is deterministic: the same seed sends the same payloads', async () => {
    const first = await run({ seed: 11 });
    await first.recorder.waitFor(7);
    await first.simulator.stop();
    const second = await run({ seed: 11 });
    await second.recorder.waitFor(7);
    await second.simulator.stop();
    const a = first.recorder.requests.slice(0, 7).map((r) => `${r.url} ${r.body}`);
    const b = second.recorder.requests.slice(0, 7).map((r) => `${r.url} ${r.body}`);
    expect(b).toEqual(a);
  });

  it('stop() ends the traffic: no request arrives after it resolves', async () => {
    const { recorder, simulator, log } = await run();
    await recorder.waitFor(2);
    await simulator.stop();
    const count = recorder.requests.length;
    // A later start proves the loop would have had time to fire again.
    const probe = await run();
    await probe.recorder.waitFor(3);
    expect(recorder.requests).toHaveLength(count);
    expect(log.lines.at(-1)?.message).toBe('simulator stopped');
    await expect(simulator.stop()).resolves.toBeUndefined();
  });

  it('stop() cancels a request the gateway is still holding', async () => {
    const { recorder, simulator, log } = await run({ reply: () => { /* never answers */ } });
    await recorder.waitFor(1);
    await simulator.stop();
    expect(recorder.requests).toHaveLength(1);
    expect(log.lines.some((l) => l.message.includes('cancelled'))).toBe(true);
    expect(log.lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
  });

  it('logs a 500 with its status and body, and keeps going', async () => {
    const failing: Reply = (_request, res) => void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"boom"}');
    const { recorder, log, simulator } = await run({ reply: failing });
    await recorder.waitFor(3);
    await simulator.stop();
    const refused = log.lines.filter((l) => l.message === 'simulated handoff refused by the gateway');
    expect(refused.length).toBeGreaterThanOrEqual(2);
    expect(refused[0]?.level).toBe('warn');
    expect(refused[0]?.fields).toMatchObject({ status: 500, body: '{"error":"boom"}' });
  });

  it('logs an unreachable gateway and keeps trying', async () => {
    const closed = await startRecorder();
    await closed.close();
    const { log, simulator } = await run({ gatewayUrl: closed.url });
    await expect.poll(() => log.lines.filter((l) => l.message.includes('could not reach')).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await simulator.stop();
    expect(log.lines.find((l) => l.message.includes('could not reach'))?.fields['error']).toEqual(expect.stringContaining('fetch failed'));
  });
});
