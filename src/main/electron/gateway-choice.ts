// Decides which gateway the login screen points at: a configured one (BATON_GATEWAY_URL, then settings)
// or an embedded demo gateway started in-process on loopback. Owns the login pre-fill for each case.
import { GatewayUrlSchema, type AppInfo } from '../../shared/contract/ipc';
import type { Logger } from '../../shared/log';

export interface EmbeddedGateway {
  url: string;
  demo: { users: string[]; password: string } | null;
  close(): Promise<void>;
}

export interface GatewayChoice {
  defaults: AppInfo['defaults'];
  demo: AppInfo['demo'];
  /** Stops the embedded gateway, if one was started. */
  close(): Promise<void>;
}

const DEMO_USER = 'agent1';

/** The embedded demo gateway simulates bot traffic unless `BATON_DEMO_SIMULATOR=off`. */
export function simulatorFromEnv(value: string | undefined): boolean {
  return value?.trim().toLowerCase() !== 'off';
}

export async function chooseGateway(deps: {
  envUrl: string | undefined;
  settingsUrl: string | null;
  startEmbedded: () => Promise<EmbeddedGateway>;
  log: Logger;
}): Promise<GatewayChoice> {
  const env = deps.envUrl?.trim() ?? '';
  if (env !== '') {
    const parsed = GatewayUrlSchema.safeParse(env);
    if (parsed.success) return configured(parsed.data);
    deps.log.warn('BATON_GATEWAY_URL is not an http(s) URL; starting the embedded demo gateway instead', { value: env });
  } else if (deps.settingsUrl !== null) {
    return configured(deps.settingsUrl);
  }
  try {
    const gateway = await deps.startEmbedded();
    const users = gateway.demo?.users ?? [];
    const username = users.includes(DEMO_USER) ? DEMO_USER : (users[0] ?? null);
    deps.log.info('embedded demo gateway started', { url: gateway.url });
    return { defaults: { gatewayUrl: gateway.url, username }, demo: gateway.demo, close: () => gateway.close() };
  } catch (error) {
    deps.log.error('the embedded gateway could not start; the agent must enter a gateway URL', { error });
    return { defaults: { gatewayUrl: null, username: null }, demo: null, close: () => Promise.resolve() };
  }
}

function configured(url: string): GatewayChoice {
  return { defaults: { gatewayUrl: url, username: null }, demo: null, close: () => Promise.resolve() };
}
