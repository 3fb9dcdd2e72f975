import { SignJWT } from 'jose';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthRefusalSchema, SessionReadySchema, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/contract/protocol';
import { LoginResponseSchema } from '../../shared/contract/http';
import { login, startTestGateway, TEST_SECRET, type TestGateway } from '../testing/gateway-fixture';
import { takeoverReason } from './takeover';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const key = new TextEncoder().encode(TEST_SECRET);
const clients: Client[] = [];
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});
afterAll(() => t.stop());

async function tokenFor(username: string, password: string): Promise<string> {
  return LoginResponseSchema.parse(await (await login(t.gateway.url, username, password)).json()).token;
}

function open(token: string): Client {
  const client: Client = connect(t.gateway.url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  clients.push(client);
  return client;
}

function ready(client: Client) {
  return new Promise((resolve, reject) => {
    client.once('session:ready', (payload) => resolve(SessionReadySchema.parse(payload)));
    client.once('connect_error', reject);
  });
}

function refusal(client: Client) {
  return new Promise((resolve, reject) => {
    client.once('connect_error', (error: Error & { data?: unknown }) => resolve(AuthRefusalSchema.parse(error.data)));
    client.once('connect', () => reject(new Error('connected although it should have been refused')));
  });
}

/** Everything the old desktop hears, in order, until it is disconnected. */
function story(client: Client): Promise<string[]> {
  const heard: string[] = [];
  return new Promise((resolve) => {
    client.on('session:taken-over', ({ reason }) => heard.push(`taken-over: ${reason}`));
    client.on('disconnect', (reason) => {
      heard.push(`disconnect: ${reason}`);
      resolve(heard);
    });
  });
}

const SENTENCE = /^You signed in on another desktop at \d\d:\d\d\.$/;

describe('desktop session takeover', () => {
  it('tells the first desktop why and disconnects it; its reconnect is refused; the second works', async () => {
    const firstToken = await tokenFor('ana', 'ana-password');
    const first = open(firstToken);
    const firstTab = open(firstToken);
    await Promise.all([ready(first), ready(firstTab)]);
    const told = [story(first), story(firstTab)];

    const secondToken = await tokenFor('ana', 'ana-password');
    const second = open(secondToken);
    await ready(second);

    for (const heard of await Promise.all(told)) {
      expect(heard).toHaveLength(2);
      expect(heard[0]).toMatch(/^taken-over: You signed in on another desktop at \d\d:\d\d\.$/);
      expect(heard[1]).toBe('disconnect: io server disconnect');
    }

    const again = (await refusal(open(firstToken))) as { code: string; message: string };
    expect(again.code).toBe('session-replaced');
    expect(again.message).toMatch(SENTENCE);

    expect(second.connected).toBe(true);
    expect(await second.emitWithAck('diag:echo', { n: 1, sentAt: 1 })).toEqual({ ok: true, value: { n: 1, sentAt: 1 } });
  });

  it('leaves reconnects and tabs of the same login alone, and other users too', async () => {
    const token = await tokenFor('ana', 'ana-password');
    const one = open(token);
    await ready(one);
    const sam = open(await tokenFor('sam', 'sam-password'));
    await ready(sam);
    let taken = false;
    one.on('session:taken-over', () => (taken = true));
    sam.on('session:taken-over', () => (taken = true));

    const reconnect = open(token);
    await ready(reconnect);
    expect(await one.emitWithAck('diag:echo', { n: 2, sentAt: 2 })).toMatchObject({ ok: true });
    expect(await sam.emitWithAck('diag:echo', { n: 3, sentAt: 3 })).toMatchObject({ ok: true });
    expect([one.connected, reconnect.connected, sam.connected, taken]).toEqual([true, true, true, false]);
  });

  it('refuses an older login that connects only after a newer one took over', async () => {
    const at = Math.floor(Date.now() / 1000);
    const signed = (sid: string, iat: number) =>
      new SignJWT({ role: 'agent', sid }).setProtectedHeader({ alg: 'HS256' }).setSubject('ana').setIssuedAt(iat).setExpirationTime(at + 3600).sign(key);
    const [older, newer] = await Promise.all([signed('older-login', at - 60), signed('newer-login', at)]);
    const current = open(newer);
    await ready(current);
    let taken = false;
    current.on('session:taken-over', () => (taken = true));
    expect(await refusal(open(older))).toMatchObject({ code: 'session-replaced', message: expect.stringMatching(SENTENCE) as string });
    expect(await current.emitWithAck('diag:echo', { n: 4, sentAt: 4 })).toMatchObject({ ok: true });
    expect(taken).toBe(false);
  });

  it('words the reason with the hour and minute', () => {
    expect(takeoverReason(new Date(2030, 0, 1, 9, 5))).toBe('You signed in on another desktop at 09:05.');
  });
});
