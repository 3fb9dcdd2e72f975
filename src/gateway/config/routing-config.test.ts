import { describe, expect, it } from 'vitest';
import { generateBotKey, resolveBotKey } from './bot-key';
import { DEMO_QUEUES, DEMO_SKILLS } from './demo-routing';
import { ConfigError, parseConfig } from './load-config';
import { FALLBACK_QUEUE, toRoutingConfig } from './routing-schema';

const HASH = 'scrypt$1024$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==';
const user = (over: Record<string, unknown> = {}) => ({ username: 'ana', displayName: 'Ana Silva', role: 'agent', passwordHash: HASH, ...over });
const queue = (over: Record<string, unknown> = {}) => ({ id: 'billing', name: 'Billing', slaSeconds: 60, ...over });

describe('routing config', () => {
  it('fills in skills, capacity, queue lists and the routing defaults', () => {
    const config = parseConfig({ users: [user()], queues: [queue(), queue({ id: 'general', name: 'General' })] });
    expect(config.users[0]).toMatchObject({ skills: [], capacity: 3 });
    expect(config.queues[0]).toEqual({ id: 'billing', name: 'Billing', slaSeconds: 60, skills: [], intents: [] });
    expect(toRoutingConfig(config.queues, config.routing)).toEqual({ queues: config.queues, defaultQueue: 'billing', ringTimeoutSeconds: 20 });
    expect(toRoutingConfig(config.queues, { ringTimeoutSeconds: 5, defaultQueue: 'general' }, 0.3)).toMatchObject({ defaultQueue: 'general', ringTimeoutSeconds: 0.3 });
  });

  it('routes everything to one General queue when the config lists none', () => {
    const config = parseConfig({ users: [user()] });
    expect(toRoutingConfig(config.queues, config.routing)).toEqual({ queues: [FALLBACK_QUEUE], defaultQueue: 'general', ringTimeoutSeconds: 20 });
  });

  it.each([
    [{ users: [user()], queues: [queue(), queue()] }, /queues\[1\]\.id: duplicate queue id "billing"/],
    [{ users: [user()], queues: [queue()], routing: { defaultQueue: 'nope' } }, /routing\.defaultQueue: no queue has the id "nope"/],
    [{ users: [user()], queues: [queue({ id: 'Has Space' })] }, /queues\[0\]\.id: Use lower-case/],
    [{ users: [user()], queues: [queue({ slaSeconds: 0 })] }, /queues\[0\]\.slaSeconds:/],
    [{ users: [user()], queues: [queue({ priority: 3 })] }, /queues\[0\]: Unrecognized key.*priority/],
    [{ users: [user()], routing: { ringTimeoutSeconds: 0 } }, /routing\.ringTimeoutSeconds:/],
    [{ users: [user({ skills: ['Billing!'] })] }, /users\[0\]\.skills\[0\]:/],
    [{ users: [user({ capacity: 0 })] }, /users\[0\]\.capacity:/],
  ])('rejects %j naming the field', (raw, message) => {
    expect(() => parseConfig(raw)).toThrow(ConfigError);
    expect(() => parseConfig(raw)).toThrow(message);
  });

  it('seeds demo queues whose skills every demo agent partly covers and agent1 fully covers', () => {
    const skills = new Set(DEMO_QUEUES.flatMap((q) => q.skills));
    expect(DEMO_QUEUES.map((q) => q.id)).toEqual(['returns', 'billing', 'account-security', 'tech-support', 'general']);
    expect(new Set(DEMO_SKILLS.agent1)).toEqual(skills);
    for (const name of ['agent2', 'agent3', 'agent4', 'agent5']) {
      expect(DEMO_SKILLS[name]?.length).toBeGreaterThan(0);
      expect(DEMO_SKILLS[name]?.every((s) => skills.has(s))).toBe(true);
    }
  });
});

describe('bot key', () => {
  it('prefers the option, then the environment; demo mode generates one, otherwise there is none', () => {
    expect(resolveBotKey('option-key-0123456789', 'env-key-0123456789abc', false)).toBe('option-key-0123456789');
    expect(resolveBotKey(undefined, 'env-key-0123456789abc', false)).toBe('env-key-0123456789abc');
    expect(resolveBotKey(undefined, undefined, false)).toBeNull();
    expect(resolveBotKey(undefined, '', false)).toBeNull();
    const generated = resolveBotKey(undefined, undefined, true);
    expect(generated).toMatch(/^bk_[A-Za-z0-9_-]{43}$/);
    expect(generated).not.toBe(generateBotKey());
  });

  it.each([
    ['short', /too short: it needs at least 16/],
    ['has spaces in the key', /printable ASCII/],
  ])('refuses %j', (key, message) => {
    expect(() => resolveBotKey(key, undefined, false)).toThrow(message);
  });
});
