import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpErrorSchema, LoginResponseSchema } from '../../shared/contract/http';
import { ConversationSummarySchema } from '../../shared/domain/conversation';
import { HANDOFF_FORMATS, HandoffContextSchema } from '../../shared/domain/handoff-context';
import { login } from '../testing/gateway-fixture';
import { connectAgent, nativeHandoff, PASSWORD, postHandoff, startRoutingGateway, TEST_BOT_KEY, type RoutingGateway, type TestAgent } from '../testing/handoff-fixture';

let t: RoutingGateway;
let url: string;
const agents: TestAgent[] = [];

beforeAll(async () => {
  t = await startRoutingGateway([{ username: 'ana' }, { username: 'sam', role: 'supervisor' }], {
    queues: [
      { id: 'billing', name: 'Billing', slaSeconds: 60, intents: ['billing*'] },
      { id: 'general', name: 'General', slaSeconds: 60 },
    ],
    routing: { defaultQueue: 'general' },
  });
  url = t.gateway.url;
});
afterEach(() => {
  for (const agent of agents.splice(0)) agent.close();
});
afterAll(() => t.stop());

const errorBody = (body: unknown) => HttpErrorSchema.parse(body);

async function tokenOf(username: string): Promise<string> {
  return LoginResponseSchema.parse(await (await login(url, username, PASSWORD)).json()).token;
}

async function getConversation(id: string, key: string | null = TEST_BOT_KEY) {
  const response = await fetch(`${url}/v1/conversations/${id}`, { headers: key === null ? {} : { authorization: `Bearer ${key}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('POST /v1/handoffs (native)', () => {
  it('answers 202 with an opaque id and the queue, and GET returns the normalized context', async () => {
    const answer = await postHandoff(url, nativeHandoff('native-1', { intent: { name: 'billing_dispute', label: 'Billing dispute' } }));
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({ conversationId: expect.stringMatching(/^c_[A-Za-z0-9_-]{16}$/) as string, queue: 'billing' });
    const id = answer.body.conversationId as string;
    expect(answer.headers.get('location')).toBe(`/v1/conversations/${id}`);

    const read = await getConversation(id);
    expect(read.status).toBe(200);
    const summary = ConversationSummarySchema.parse(read.body.conversation);
    expect(summary).toMatchObject({ conversationId: id, status: 'queued', queue: 'billing', queueName: 'Billing', channel: 'chat', assignedTo: null });
    const context = HandoffContextSchema.parse(read.body.context);
    expect(context.source).toEqual({ format: 'native', conversationId: 'native-1', raw: nativeHandoff('native-1', { intent: { name: 'billing_dispute', label: 'Billing dispute' } }) });
    // Defaults are filled in: the stored context is the normalized one, not the input.
    expect(context.customer).toMatchObject({ displayName: 'Customer native-1', verification: null, contactPoints: [] });
    expect(context.facts[0]).toEqual({ key: 'orderNumber', label: 'Order number', value: 'A-1001', status: 'confirmed', source: 'bot', sensitive: false });
  });

  it('takes /v1/handoffs/native as the same format', async () => {
    const answer = await postHandoff(url, nativeHandoff('native-path-1'), { format: 'native' });
    const again = await fetch(`${url}/v1/handoffs/native`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_BOT_KEY}` },
      body: JSON.stringify(nativeHandoff('native-path-1')),
    });
    expect(answer.status).toBe(202);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(answer.body);
  });

  it.each([
    ['no Authorization header', null, /^Send the bot key/],
    ['a wrong key', 'not-the-bot-key-at-all', /not valid/],
    ['a key differing in one character', `${TEST_BOT_KEY.slice(0, -1)}X`, /not valid/],
  ])('answers 401 for %s, with a challenge, and stores nothing', async (_name, key, message) => {
    const answer = await postHandoff(url, nativeHandoff('auth-1'), { key });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(errorBody(answer.body).error).toMatch(message);
    // The same source id later succeeds as new: the refused attempt left nothing behind.
    expect((await postHandoff(url, nativeHandoff(`auth-1-${String(key)}`))).status).toBe(202);
  });

  it('answers 400 with the paths at fault, and stores nothing', async () => {
    const answer = await postHandoff(url, { customer: { displayName: 42 }, facts: [{ key: 'x', label: 'X', status: 'maybe' }] });
    expect(answer.status).toBe(400);
    const body = errorBody(answer.body);
    const paths = body.issues?.map((i) => i.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['conversationId', 'customer.displayName', 'facts.0.status']));
    expect(body.error).toMatch(/native/i);
  });

  it('answers 400 for malformed JSON, 415 for non-JSON and 413 above 1 MB', async () => {
    const malformed = await postHandoff(url, '{"conversationId":');
    expect(malformed.status).toBe(400);
    expect(errorBody(malformed.body).error).toBe('The body is not valid JSON');
    const text = await postHandoff(url, 'hello', { headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    const huge = await postHandoff(url, nativeHandoff('big-1', { transcript: [{ id: 't', from: 'customer', text: 'x'.repeat(1024 * 1024) }] }));
    expect(huge.status).toBe(413);
    expect(errorBody(huge.body).error).toMatch(/larger than 1048576 bytes/);
  });

  it('answers 413 for a chunked body that grows past 1 MB', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${url}/v1/handoffs`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_BOT_KEY}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 20; i += 1) req.write('x'.repeat(64 * 1024));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('answers 404 for an unknown format, listing the formats', async () => {
    const answer = await postHandoff(url, {}, { format: 'watson' });
    expect(answer.status).toBe(404);
    const message = errorBody(answer.body).error;
    expect(message).toMatch(/^Unknown handoff format "watson"; use one of: /);
    for (const format of HANDOFF_FORMATS) expect(message).toContain(format);
  });

  it('refuses a malformed Idempotency-Key header', async () => {
    const answer = await postHandoff(url, nativeHandoff('idem-bad'), { headers: { 'idempotency-key': 'x'.repeat(300) } });
    expect(answer.status).toBe(400);
    expect(errorBody(answer.body).error).toMatch(/Idempotency-Key/);
  });
});

describe('idempotency', () => {
  it('gives the same source conversation the same id with 200, and offers it once', async () => {
    // A gateway of its own: nothing else is waiting, so the one offer is this handoff's.
    const own = await startRoutingGateway([{ username: 'ana' }]);
    const url = own.gateway.url;
    const ana = await connectAgent(url, 'ana');
    agents.push(ana);
    await ana.setPresence('available');
    const first = await postHandoff(url, nativeHandoff('same-source'));
    const offer = await ana.next('offer:created');
    const second = await postHandoff(url, nativeHandoff('same-source', { customer: { displayName: 'Changed' } }));
    expect(first.status).toBe(202);
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(offer.conversationId).toBe(first.body.conversationId);
    // The first context stays: a repeat never rewrites what the agent is looking at.
    const read = await fetch(`${url}/v1/conversations/${offer.conversationId}`, { headers: { authorization: `Bearer ${TEST_BOT_KEY}` } });
    expect(HandoffContextSchema.parse(((await read.json()) as { context: unknown }).context).customer.displayName).toBe('Customer same-source');
    const snapshot = await ana.client.emitWithAck('work:snapshot', {});
    expect(snapshot.ok && snapshot.value.offers.map((o) => o.conversationId)).toEqual([offer.conversationId]);
    expect(ana.received('offer:created')).toHaveLength(1);
    ana.close();
    await own.stop();
  });

  it('treats the same Idempotency-Key as the same handoff, even with another source id', async () => {
    const headers = { 'idempotency-key': 'retry-7f3a' };
    const first = await postHandoff(url, nativeHandoff('idem-a'), { headers });
    const second = await postHandoff(url, nativeHandoff('idem-b'), { headers });
    expect([first.status, second.status]).toEqual([202, 200]);
    expect(second.body).toEqual(first.body);
    // The source id of the first one is taken; the second source id was never stored.
    expect((await postHandoff(url, nativeHandoff('idem-b'))).status).toBe(202);
  });

  it('creates one conversation for concurrent repeats', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => postHandoff(url, nativeHandoff('burst-1'))));
    expect(answers.filter((a) => a.status === 202)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(7);
    expect(new Set(answers.map((a) => a.body.conversationId)).size).toBe(1);
  });
});

describe('GET /v1/conversations/:id', () => {
  it('is open to the bot key and supervisors, 403 for agents, 401 without credentials, 404 for unknown ids', async () => {
    const { body } = await postHandoff(url, nativeHandoff('read-1'));
    const id = body.conversationId as string;
    expect((await getConversation(id, await tokenOf('sam'))).status).toBe(200);
    const agent = await getConversation(id, await tokenOf('ana'));
    expect(agent.status).toBe(403);
    expect(errorBody(agent.body).error).toMatch(/supervisors and bots/);
    expect((await getConversation(id, null)).status).toBe(401);
    expect((await getConversation(id, 'garbage-token')).status).toBe(401);
    const missing = await getConversation('c_nope');
    expect(missing).toEqual({ status: 404, body: { error: 'No conversation with the id "c_nope"' } });
  });
});
