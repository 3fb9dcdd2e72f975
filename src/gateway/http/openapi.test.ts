// docs/openapi.yaml stays in step with the router: it parses, is OpenAPI 3.1, and documents exactly the
// routes buildRoutes() serves (and every $ref resolves).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../shared/log';
import { createTokenService } from '../auth/tokens';
import { createUserDirectory } from '../auth/user-directory';
import { toRoutingConfig } from '../config/routing-schema';
import { createConversationService } from '../conversations/conversation-service';
import { createRoutingEngine } from '../routing/routing-engine';
import { createTimerScheduler } from '../routing/scheduler';
import { createMemoryState } from '../state/memory-state';
import { createWebhookSender } from '../webhooks/webhook-sender';
import { TEST_SECRET } from '../testing/gateway-fixture';
import { buildRoutes } from './routes';

// js-yaml ships no types; it is a devDependency loaded the CommonJS way, as tests/shell does.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
}

const doc = yaml.load(readFileSync(new URL('../../../docs/openapi.yaml', import.meta.url), 'utf8')) as OpenApi;

function routeList(): string[] {
  const state = createMemoryState();
  const users = createUserDirectory([]);
  const routing = toRoutingConfig([], undefined);
  const deps = {
    state,
    users,
    routing,
    scheduler: createTimerScheduler(),
    notify: { toUser() {} },
    now: () => new Date(),
    log: silentLogger,
    newOfferId: () => 'o_1',
  };
  const engine = createRoutingEngine(deps);
  const conversations = createConversationService({ ...deps, webhooks: createWebhookSender({ webhooks: [], log: silentLogger }) }, engine);
  const routes = buildRoutes({
    version: 'test',
    startedAt: new Date(),
    users,
    tokens: createTokenService({ secret: TEST_SECRET }),
    state,
    dataDir: '.',
    log: silentLogger,
    botKey: null,
    getAdapter: () => null,
    intake: { state, routing, now: () => new Date(), log: silentLogger, newConversationId: () => 'c_1', onCreated() {} },
    routing: engine,
    conversations,
  });
  return routes.map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`).sort();
}

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('docs/openapi.yaml', () => {
  it('is OpenAPI 3.1 and documents exactly the routes the router serves', () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    const documented = Object.entries(doc.paths)
      .flatMap(([path, operations]) => Object.keys(operations).filter((k) => k !== 'parameters').map((method) => `${method} ${path}`))
      .sort();
    expect(documented).toEqual(routeList());
  });

  it('resolves every $ref inside the file', () => {
    for (const ref of refs(doc)) {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('is what docs/api.md describes: every route appears there too', () => {
    const guide = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');
    for (const route of routeList()) {
      const [method = '', path = ''] = route.split(' ');
      expect(guide).toContain(`${method.toUpperCase()} ${path}`);
    }
  });
});
