// Test-only kit for the adapter tests: loads the published payloads from tests/fixtures/bot-payloads,
// maps them with the schema asserted, and runs the never-throw property checks. Never imported by code.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { HandoffContextSchema, type HandoffContext } from '../../shared/domain/handoff-context';
import type { AdapterIssue, HandoffAdapter } from './adapter';
import { INTERNAL_ERROR_PREFIX } from './context-helpers';

export const RECEIVED_AT = new Date('2025-01-02T03:04:05.000Z');

export function loadPayload(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../tests/fixtures/bot-payloads/${name}`, import.meta.url), 'utf8'));
}

/** Maps a payload that must be understood; asserts the result passes HandoffContextSchema.parse. */
export function mapOk(adapter: HandoffAdapter, payload: unknown, receivedAt = RECEIVED_AT): HandoffContext {
  const outcome = adapter.toContext({ payload, receivedAt });
  if (!outcome.ok) throw new Error(`expected ok, got issues ${JSON.stringify(outcome.issues)}`);
  const context = HandoffContextSchema.parse(outcome.context);
  expect(context.source.raw).toBe(payload);
  expect(context.source.format).toBe(adapter.format);
  return context;
}

/** Maps a payload that must be refused; returns its issues. */
export function mapIssues(adapter: HandoffAdapter, payload: unknown): AdapterIssue[] {
  const outcome = adapter.toContext({ payload, receivedAt: RECEIVED_AT });
  if (outcome.ok) throw new Error('expected issues, got a context');
  expect(outcome.issues.length).toBeGreaterThan(0);
  return outcome.issues;
}

type Path = (string | number)[];

/** Every value position in a JSON tree (root included), capped so huge payloads stay cheap. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (out.length > 3000) return out;
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  }
  return out;
}

const mutationArb = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'huge-text', 'huge-number', 'empty-text', 'null'),
  value: fc.jsonValue({ maxDepth: 3 }),
});
type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;

function replacement(m: Mutation): unknown {
  switch (m.kind) {
    case 'huge-text':
      return 'x'.repeat(25_000);
    case 'huge-number':
      return 1e308;
    case 'empty-text':
      return '';
    case 'null':
      return null;
    case 'replace':
    case 'delete':
      return m.value;
  }
}

function mutate(base: unknown, mutations: Mutation[]): unknown {
  let root: unknown = structuredClone(base);
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.pick % paths.length] ?? [];
    if (path.length === 0) {
      root = replacement(m);
      continue;
    }
    let parent = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (m.kind === 'delete' && Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (m.kind === 'delete') delete parent[last];
    else parent[last] = replacement(m);
  }
  return root;
}

function assertNeverThrows(adapter: HandoffAdapter, payload: unknown): void {
  const outcome = adapter.toContext({ payload, receivedAt: RECEIVED_AT });
  if (outcome.ok) {
    expect(HandoffContextSchema.safeParse(outcome.context).success).toBe(true);
    expect(outcome.context.source.raw).toBe(payload);
  } else {
    expect(outcome.issues.length).toBeGreaterThan(0);
    for (const issue of outcome.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.message.startsWith(INTERNAL_ERROR_PREFIX)).toBe(false);
    }
  }
}

/** Registers the two property tests every adapter must pass: random JSON and mutated real payloads. */
export function itNeverThrows(adapter: HandoffAdapter, realPayloads: unknown[]): void {
  it('gives a schema-valid context or issues for arbitrary JSON, never throwing', () => {
    fc.assert(fc.property(fc.jsonValue(), (payload) => assertNeverThrows(adapter, payload)), { numRuns: 300 });
  });
  it('gives a schema-valid context or issues for mutated real payloads, never throwing', () => {
    const arb = fc
      .tuple(fc.constantFrom(...realPayloads), fc.array(mutationArb, { minLength: 1, maxLength: 6 }))
      .map(([base, mutations]) => mutate(base, mutations));
    fc.assert(fc.property(arb, (payload) => assertNeverThrows(adapter, payload)), { numRuns: 300 });
  });
}
