// Every scenario, over many seeds, is a payload its format's real adapter accepts and maps to a valid
// HandoffContext; the mix covers long transcripts, missing and invalid facts; seeds are deterministic.
import { describe, expect, it } from 'vitest';
import { HANDOFF_FORMATS, HandoffContextSchema, type HandoffContext } from '../../../shared/domain/handoff-context';
import { getAdapter } from '../../adapters/registry';
import { mulberry32 } from '../random';
import type { Scenario } from '../scenario';
import { SCENARIOS } from './catalog';

const NOW = new Date('2025-03-14T10:30:00.000Z');
const SEEDS = Array.from({ length: 25 }, (_, i) => i * 7919 + 1);

function build(scenario: Scenario, seed: number, n = 1) {
  return scenario.build({ n, random: mulberry32(seed), now: NOW });
}

function mapped(scenario: Scenario, seed: number): HandoffContext {
  const handoff = build(scenario, seed);
  const adapter = getAdapter(handoff.format);
  if (adapter === null) throw new Error(`no adapter for ${handoff.format}`);
  const outcome = adapter.toContext({ payload: JSON.parse(JSON.stringify(handoff.payload)) as unknown, receivedAt: NOW });
  if (!outcome.ok) throw new Error(`${scenario.name} (seed ${seed}) rejected: ${JSON.stringify(outcome.issues)}`);
  return HandoffContextSchema.parse(outcome.context);
}

describe('demo scenarios', () => {
  it('include the six the issue names, spread across every bot format', () => {
    const names = SCENARIOS.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['damaged-return', 'billing-dispute', 'password-reset', 'outage-report', 'address-change', 'cancellation']));
    expect(new Set(SCENARIOS.map((s) => s.format))).toEqual(new Set(HANDOFF_FORMATS));
  });

  describe.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    it('maps through its adapter to a valid context with the bot conversation id as anchor', () => {
      for (const seed of SEEDS) {
        const handoff = build(scenario, seed);
        expect(handoff.format).toBe(scenario.format);
        const context = mapped(scenario, seed);
        expect(context.source.format).toBe(scenario.format);
        expect(context.source.conversationId).toBe(handoff.botConversationId);
        expect(context.transcript.length + context.facts.length).toBeGreaterThan(0);
      }
    });

    it('is deterministic per seed and differs between seeds and runs', () => {
      expect(JSON.stringify(build(scenario, 42))).toBe(JSON.stringify(build(scenario, 42)));
      expect(JSON.stringify(build(scenario, 42))).not.toBe(JSON.stringify(build(scenario, 43)));
      expect(build(scenario, 42, 1).botConversationId).not.toBe(build(scenario, 42, 2).botConversationId);
    });

    it('uses only invented contact data (example.com, reserved phone ranges)', () => {
      for (const seed of SEEDS.slice(0, 10)) {
        const text = JSON.stringify(build(scenario, seed).payload);
        for (const email of text.match(/[\w.+-]+@[\w.-]+/g) ?? []) expect(email).toMatch(/@example\.com$/);
        for (const phone of text.match(/\+\d{10,13}/g) ?? []) expect(phone).toMatch(/^\+447700900\d{3}$|^\+1\d{3}55501\d{2}$/);
      }
    });
  });

  it('cover long transcripts, missing and invalid facts, failed steps and a range of moods', () => {
    const contexts = SCENARIOS.flatMap((s) => SEEDS.map((seed) => mapped(s, seed)));
    const longest = Math.max(...contexts.map((c) => c.transcript.length));
    expect(longest).toBeGreaterThanOrEqual(200);
    const statuses = new Set(contexts.flatMap((c) => c.facts.map((f) => f.status)));
    expect([...statuses]).toEqual(expect.arrayContaining(['collected', 'confirmed', 'missing', 'invalid']));
    expect(contexts.some((c) => c.botSteps.some((s) => s.outcome === 'failed'))).toBe(true);
    expect(contexts.some((c) => c.reason.kind === 'failed-step')).toBe(true);
    expect(contexts.some((c) => c.channel === 'voice')).toBe(true);
    expect(contexts.some((c) => c.facts.some((f) => f.sensitive))).toBe(true);
    expect(contexts.some((c) => c.journey.events.length > 0 && c.journey.priorContacts.length > 0)).toBe(true);
    const scores = contexts.map((c) => c.sentiment.score).filter((s): s is number => s !== null);
    expect(Math.min(...scores)).toBeLessThan(-0.5);
    expect(Math.max(...scores)).toBeGreaterThan(-0.3);
  });

  it('slow-broadband always carries a 200+ turn bot transcript', () => {
    const scenario = SCENARIOS.find((s) => s.name === 'slow-broadband');
    if (!scenario) throw new Error('slow-broadband is missing');
    for (const seed of SEEDS.slice(0, 5)) expect(mapped(scenario, seed).transcript.length).toBeGreaterThanOrEqual(200);
  });
});
