import { SignJWT } from 'jose';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthRefusalSchema, SessionReadySchema, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/contract/protocol';
import { LoginResponseSchema } from '../../shared/contract/http';
import { PresenceSchema } from '../../shared/domain/presence';
import type { LogFields, Logger } from '../../shared/log';
import { login, startTestGateway, TEST_SECRET, type TestGateway } from '../testing/gateway-fixture';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const warnings: { message: string; fields: LogFields | undefined }[] = [];
const log: Logger = { debug() {}, info() {}, warn: (message, fields) => warnings.push({ message, fields }), error() {} };
const key = new TextEncoder().encode(TEST_SECRET);
const clients: Client[] = [];
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ log });
});
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
  warnings.length = 0;
});
afterAll(() => t.stop());

async function tokenFor(username: string, password: string): Promise<string> {
  return LoginResponseSchema.parse(await (await login(t.gateway.url, username, password)).json()).token;
}

function open(auth: Record<string, unknown>): Client {
  const client: Client = connect(t.gateway.url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
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
    client.once('connect_error', (error: Error & { data?: unknown }) => resolve({ message: error.message, data: AuthRefusalSchema.parse(error.data) }));
    client.once('connect', () => reject(new Error('connected although it should have been refused')));
  });
}

describe('socket handshake', () => {
  it('admits a logged-in user and sends session:ready', async () => {
    const session = await ready(open({ token: await tokenFor('ana', 'ana-password') }));
    expect(session).toMatchObject({ username: 'ana', displayName: 'Ana Silva', role: 'agent', presence: { state: 'offline' } });
  });

  it.each([
    ['no auth at all', {}, 'missing-token'],
    ['an empty token', { token: '' }, 'missing-token'],
    ['a garbage token', { token: 'garbage' }, 'bad-token'],
  ])('refuses %s', async (_name, auth, code) => {
    const outcome = await refusal(open(auth));
    expect(outcome).toMatchObject({ data: { code } });
  });

  it('refuses a token signed with another secret as bad-token', async () => {
    const forged = await new SignJWT({ role: 'supervisor' }).setProtectedHeader({ alg: 'HS256' }).setSubject('ana').setExpirationTime('1h')
      .sign(new TextEncoder().encode('some-other-secret-that-is-long-enough-too'));
    expect(await refusal(open({ token: forged }))).toMatchObject({ data: { code: 'bad-token' } });
  });

  it('refuses an expired token as expired-token, with a message the desktop can show', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await new SignJWT({ role: 'agent' }).setProtectedHeader({ alg: 'HS256' }).setSubject('ana').setIssuedAt(past - 60).setExpirationTime(past).sign(key);
    const outcome = await refusal(open({ token: expired }));
    expect(outcome).toEqual({ message: 'Your session has expired; sign in again', data: { code: 'expired-token', message: 'Your session has expired; sign in again' } });
  });

  it('refuses a valid token for a user who is not in the config as unknown-user', async () => {
    const ghost = await new SignJWT({ role: 'agent' }).setProtectedHeader({ alg: 'HS256' }).setSubject('ghost').setExpirationTime('1h').sign(key);
    expect(await refusal(open({ token: ghost }))).toMatchObject({ data: { code: 'unknown-user' } });
  });
});

describe('socket requests', () => {
  it('sets presence, acks it, tells the same user\'s other desktops, and reports it on the next session', async () => {
    const token = await tokenFor('sam', 'sam-password');
    const first = open({ token });
    const second = open({ token });
    await Promise.all([ready(first), ready(second)]);
    const changed = new Promise((resolve) => second.once('presence:changed', resolve));
    let firstHeardItself = false;
    first.on('presence:changed', () => (firstHeardItself = true));

    const ack = await first.emitWithAck('presence:set', { state: 'available' });
    expect(ack.ok).toBe(true);
    const presence = ack.ok ? PresenceSchema.parse(ack.value) : null;
    expect(presence?.state).toBe('available');
    expect(await changed).toEqual(presence);

    // Re-selecting the same state keeps the time in state.
    expect(await first.emitWithAck('presence:set', { state: 'available' })).toEqual({ ok: true, value: presence });
    const third = await ready(open({ token }));
    expect(third).toMatchObject({ presence });
    expect(firstHeardItself).toBe(false);
  });

  it('refuses an invalid presence payload without changing state, and logs it once', async () => {
    const token = await tokenFor('ana', 'ana-password');
    const client = open({ token });
    const before = (await ready(client)) as { presence: unknown };
    const ack = await client.emitWithAck('presence:set', { state: 'after-contact-work' } as never);
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/^Invalid presence:set payload: state:/) as string } });
    expect(warnings.filter((w) => w.message === 'socket request refused')).toHaveLength(1);
    const again = (await ready(open({ token }))) as { presence: unknown };
    expect(again.presence).toEqual(before.presence);
  });

  it('survives requests without an ack callback or without a payload', async () => {
    const client = open({ token: await tokenFor('ana', 'ana-password') });
    await ready(client);
    (client as unknown as { emit(event: string, payload: unknown): void }).emit('presence:set', { state: 'bogus' });
    (client as unknown as { emit(event: string, payload: unknown): void }).emit('diag:echo', { n: 1, sentAt: 1 });
    const noPayload = await (client as unknown as { emitWithAck(event: string): Promise<unknown> }).emitWithAck('diag:echo');
    expect(noPayload).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await client.emitWithAck('diag:echo', { n: 7, sentAt: 123.5 })).toEqual({ ok: true, value: { n: 7, sentAt: 123.5 } });
    expect(warnings.some((w) => w.message === 'socket request without ack callback')).toBe(true);
    expect(client.connected).toBe(true);
  });
});
