// Turns startGateway options, environment variables and the config file into the settings the gateway
// runs with. Decides precedence (option > env > file > default) and refuses unsafe combinations.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_TOKEN_TTL_SECONDS, MIN_SECRET_LENGTH } from '../auth/tokens';
import { resolveBotKey } from './bot-key';
import type { UserConfig } from './config-schema';
import type { CannedResponse } from '../../shared/domain/canned';
import { DEFAULT_WELLBEING, type WellbeingConfig } from '../../shared/domain/wellbeing';
import { DEMO_CANNED } from './demo-canned';
import { DEMO_DEFAULT_QUEUE, DEMO_QUEUES } from './demo-routing';
import { createDemoUsers, DEFAULT_DEMO_PASSWORD } from './demo-users';
import { ConfigError, loadConfig } from './load-config';
import type { WebhookConfig } from './webhook-schema';
import { DEFAULT_RING_TIMEOUT_SECONDS, toRoutingConfig, type RoutingConfig } from './routing-schema';

export interface SettingsInput {
  port?: number;
  host?: string;
  demo?: boolean;
  configPath?: string;
  dataDir?: string;
  secret?: string;
  demoPassword?: string;
  tokenTtlSeconds?: number;
  botKey?: string;
  ringTimeoutSeconds?: number;
  /** Overrides every queue's after-contact work time, in seconds (tests, demos). */
  acwSeconds?: number;
}

export type GatewayEnv = Readonly<Record<string, string | undefined>>;

export interface GatewaySettings {
  host: string;
  port: number;
  users: UserConfig[];
  secret: string;
  tokenTtlSeconds: number;
  dataDir: string;
  demo: { users: string[]; password: string } | null;
  /** The key bots send as `Authorization: Bearer <key>`; null: the handoff intake refuses everything. */
  botKey: string | null;
  routing: RoutingConfig;
  webhooks: WebhookConfig[];
  canned: CannedResponse[];
  /** When to suggest a recovery break (config `wellbeing`, else the defaults). */
  wellbeing: WellbeingConfig;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = '.baton-data/gateway';
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost']);

function checkPort(port: number): number {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`Port must be a whole number from 0 to 65535, got ${port}`);
  return port;
}

function demoHost(host: string | undefined): string {
  if (host === undefined || LOOPBACK_NAMES.has(host)) return DEFAULT_HOST;
  throw new ConfigError(`Demo mode listens on 127.0.0.1 only; refusing host "${host}" (its users and password are public)`);
}

function checkSecret(secret: string | undefined): string {
  if (secret === undefined || secret === '') {
    throw new ConfigError(`BATON_GATEWAY_SECRET is not set: give it a random string of at least ${MIN_SECRET_LENGTH} characters (or run with --demo)`);
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`BATON_GATEWAY_SECRET is too short: it needs at least ${MIN_SECRET_LENGTH} characters, it has ${secret.length}`);
  }
  return secret;
}

async function prepareDataDir(dir: string): Promise<string> {
  const absolute = resolve(dir);
  try {
    await mkdir(absolute, { recursive: true });
  } catch (error) {
    throw new ConfigError(`Cannot create the data directory ${absolute}: ${(error as Error).message}`);
  }
  return absolute;
}

export async function resolveSettings(input: SettingsInput, env: GatewayEnv): Promise<GatewaySettings> {
  const dataDir = await prepareDataDir(input.dataDir ?? env.BATON_DATA_DIR ?? DEFAULT_DATA_DIR);
  const ttl = input.tokenTtlSeconds;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl <= 0)) throw new ConfigError(`tokenTtlSeconds must be a positive whole number, got ${ttl}`);
  const ring = input.ringTimeoutSeconds;
  if (ring !== undefined && !(ring > 0 && ring <= 600)) throw new ConfigError(`ringTimeoutSeconds must be more than 0 and at most 600, got ${ring}`);
  const acw = input.acwSeconds;
  if (acw !== undefined && !(acw >= 0 && acw <= 3600)) throw new ConfigError(`acwSeconds must be from 0 to 3600, got ${acw}`);
  const botKey = resolveBotKey(input.botKey, env.BATON_BOT_KEY, input.demo === true);

  if (input.demo === true) {
    if (input.configPath !== undefined) throw new ConfigError('Demo mode seeds its own users; do not combine it with a config file');
    const password = input.demoPassword ?? env.BATON_DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
    if (password === '') throw new ConfigError('The demo password cannot be empty');
    const users = await createDemoUsers(password);
    return {
      host: demoHost(input.host),
      port: checkPort(input.port ?? 0),
      users,
      // A demo gateway's tokens die with it unless the embedder hands in a secret to keep across restarts.
      secret: input.secret ?? randomBytes(32).toString('base64url'),
      tokenTtlSeconds: ttl ?? DEFAULT_TOKEN_TTL_SECONDS,
      dataDir,
      demo: { users: users.map((u) => u.username), password },
      botKey,
      routing: toRoutingConfig(DEMO_QUEUES, { ringTimeoutSeconds: DEFAULT_RING_TIMEOUT_SECONDS, defaultQueue: DEMO_DEFAULT_QUEUE }, ring, acw),
      webhooks: [],
      canned: [...DEMO_CANNED],
      wellbeing: DEFAULT_WELLBEING,
    };
  }

  if (input.configPath === undefined) throw new ConfigError('A config file with the users is required outside demo mode (--config <file>)');
  const config = await loadConfig(input.configPath);
  return {
    host: input.host ?? config.host ?? DEFAULT_HOST,
    port: checkPort(input.port ?? config.port ?? 0),
    users: config.users,
    secret: checkSecret(input.secret ?? env.BATON_GATEWAY_SECRET),
    tokenTtlSeconds: ttl ?? config.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
    dataDir,
    demo: null,
    botKey,
    routing: toRoutingConfig(config.queues, config.routing, ring, acw),
    webhooks: config.webhooks,
    canned: config.canned,
    wellbeing: config.wellbeing ?? DEFAULT_WELLBEING,
  };
}
