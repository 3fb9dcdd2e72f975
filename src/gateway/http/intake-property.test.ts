// Property tests on the real intake over HTTP: random JSON and mutated real payloads, POSTed to every
// format, always get 202/200 or a 4xx with a clear error — never a 500, never a crash, and never a
// conversation without a complete context (stored conversations == 202 answers).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpErrorSchema } from '../../shared/contract/http';
import { HANDOFF_FORMATS, HandoffContextSchema } from '../../shared/domain/handoff-context';
import type { LogFields, Logger } from '../../shared/log';
import { createMemoryState } from '../state/memory-state';
import { postHandoff, startRoutingGateway, TEST_BOT_KEY, type RoutingGateway } from '../testing/handoff-fixture';

const FIXTURES = new URL('../../../tests/fixtures/bot-payloads/', import.meta.url);
const samples = new Map<string, unknown[]>(
  HANDOFF_FORMATS.map((format) => [
    format,
    readdirSync(FIXTURES)
      .filter((name) => name.startsWith(`${format}-`) && name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as unknown),
  ]),
);

const errors: { message: string; fields: LogFields | undefined }[] = [];
const log: Logger = { debug() {}, info() {}, warn() {}, error: (message, fields) => errors.push({ message, fields }) };
const state = createMemoryState();
let t: RoutingGateway;
let created = 0;

beforeAll(async () => {
  t = await startRoutingGateway([{ username: 'ana' }], {}, { state, log });
});
afterAll(async () => {
  await t.stop();
  await state.close();
});

type Json = unknown;

/** Every path into a JSON value, the root included. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...at, i])));
  if (value !== null && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...at, k])));
  return here;
}

type Action = 'delete' | 'replace' | 'null' | 'stringify' | 'huge-string' | 'empty-object';

function apply(root: Json, path: (string | number)[], action: Action, replacement: Json): Json {
  if (path.length === 0) return action === 'delete' ? {} : replacement;
  const [head, ...rest] = path;
  const copy: Record<string | number, Json> | Json[] = Array.isArray(root) ? [...(root as Json[])] : { ...(root as Record<string, Json>) };
  const target = copy as Record<string | number, Json>;
  const key = head ?? '';
  if (rest.length > 0) {
    target[key] = apply(target[key], rest, action, replacement);
    return copy;
  }
  const current = target[key];
  switch (action) {
    case 'delete':
      if (Array.isArray(copy)) copy.splice(Number(key), 1);
      else delete target[key];
      break;
    case 'replace':
      target[key] = replacement;
      break;
    case 'null':
      target[key] = null;
      break;
    case 'stringify':
      target[key] = JSON.stringify(current ?? null);
      break;
    case 'huge-string':
      target[key] = 'ü<script>'.repeat(3000);
      break;
    case 'empty-object':
      target[key] = {};
      break;
  }
  return copy;
}

const mutation = fc.record({
  at: fc.nat(),
  action: fc.constantFrom<Action>('delete', 'replace', 'null', 'stringify', 'huge-string', 'empty-object'),
  value: fc.jsonValue({ maxDepth: 2 }),
});

async function check(format: string, body: unknown, idempotencyKey: string | null): Promise<void> {
  const headers: Record<string, string> = idempotencyKey === null ? {} : { 'idempotency-key': idempotencyKey };
  const answer = await postHandoff(t.gateway.url, body, { format, headers });
  if (answer.status === 202) {
    created += 1;
    expect(answer.body).toEqual({ conversationId: expect.stringMatching(/^c_/) as string, queue: expect.any(String) as string });
    return;
  }
  if (answer.status === 200) return;
  expect(answer.status, JSON.stringify(answer.body)).toBeGreaterThanOrEqual(400);
  expect(answer.status).toBeLessThan(500);
  expect(HttpErrorSchema.parse(answer.body).error.length).toBeGreaterThan(10);
}

describe('intake properties', () => {
  it('answers random JSON on every format with 202 or a clear 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...HANDOFF_FORMATS), fc.jsonValue({ maxDepth: 4 }), async (format, body) => {
        await check(format, JSON.stringify(body), null);
      }),
      { numRuns: 150 },
    );
  });

  it('answers mutated real payloads on every format with 202, a replay 200 or a clear 4xx', async () => {
    const formats = HANDOFF_FORMATS.filter((f) => (samples.get(f) ?? []).length > 0);
    expect(formats).toEqual([...HANDOFF_FORMATS]);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...formats),
        fc.nat(),
        fc.array(mutation, { maxLength: 4 }),
        fc.option(fc.stringMatching(/^[a-z0-9]{1,12}$/), { nil: null }),
        async (format, pick, mutations, idempotencyKey) => {
          const list = samples.get(format) ?? [];
          let body = list[pick % list.length];
          for (const m of mutations) {
            const all = paths(body);
            body = apply(body, all[m.at % all.length] ?? [], m.action, m.value);
          }
          await check(format, JSON.stringify(body), idempotencyKey);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stored exactly one complete conversation per 202, and logged no internal error', async () => {
    const conversations = await state.listConversations();
    expect(created).toBeGreaterThan(5);
    expect(conversations).toHaveLength(created);
    for (const conversation of conversations) {
      expect(() => HandoffContextSchema.parse(conversation.context)).not.toThrow();
      const read = await fetch(`${t.gateway.url}/v1/conversations/${conversation.conversationId}`, { headers: { authorization: `Bearer ${TEST_BOT_KEY}` } });
      expect(read.status).toBe(200);
    }
    expect(errors).toEqual([]);
  });
});
