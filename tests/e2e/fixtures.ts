// E2E fixtures: `host` is a browser-mode host (`src/web/cli.ts`) with an embedded demo gateway; `stack` is a
// standalone demo gateway plus a host that a story may crash and restart. Real child processes, throwaway
// data dirs, all stopped after the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface BatonHost {
  /** The page URL printed as `Open: <url>` (carries the per-run key). */
  url: string;
  /** The embedded gateway's URL printed as `Gateway: <url>`. */
  gatewayUrl: string;
  /** The demo gateway's bot key printed as `Bot key: <key>` (for posting handoffs). */
  botKey: string;
  /** Everything the host printed so far (for failure messages). */
  output: () => string;
}

/** Starts a node process running a TypeScript entry and waits until it has printed every named line. */
function startProcess(
  what: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  lines: Record<string, RegExp>,
): Promise<{ child: ChildProcess; found: Record<string, string>; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not get ready within 30 s:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = Object.fromEntries(Object.entries(lines).map(([name, re]) => [name, re.exec(output)?.[1]]));
      if (Object.values(found).every((v) => v !== undefined)) {
        clearTimeout(timer);
        resolve({ child, found: found as Record<string, string>, output: () => output });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited early (${String(code)}):\n${output}`));
    });
  });
}

const OPEN = /^Open: (\S+)$/m;
const GATEWAY = /^Gateway: (\S+)$/m;
const BOT_KEY = /^Bot key: (\S+)$/m;

/**
 * Browser mode. Without `gateway` it embeds a demo gateway; with one it logs in there (BATON_GATEWAY_URL).
 * Most stories want no simulated traffic (they post exactly the handoffs and messages they are about);
 * `simulator` turns the demo's bot traffic and simulated customers on.
 */
async function startHost(dataDir: string, gateway?: { url: string; botKey: string }, simulator = false): Promise<{ child: ChildProcess; host: BatonHost }> {
  const args = ['src/web/cli.ts', '--port', '0', '--data-dir', dataDir, ...(simulator ? [] : ['--no-simulator'])];
  const env = { BATON_DATA_DIR: dataDir, BATON_GATEWAY_URL: gateway?.url ?? '' };
  const lines: Record<string, RegExp> = gateway ? { url: OPEN } : { url: OPEN, gatewayUrl: GATEWAY, botKey: BOT_KEY };
  const { child, found, output } = await startProcess('web host', args, env, lines);
  const url = found['url'] ?? '';
  return { child, host: { url, gatewayUrl: gateway?.url ?? found['gatewayUrl'] ?? '', botKey: gateway?.botKey ?? found['botKey'] ?? '', output } };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A standalone demo gateway and a browser-mode host that a story can stop and start again. */
export interface Stack {
  gateway: { url: string; botKey: string };
  host: () => BatonHost;
  /** Stops the host (SIGKILL when `crash`) and starts a new one on the same data dir. */
  restartHost: (options?: { crash?: boolean }) => Promise<BatonHost>;
  /** Starts one more browser-mode host (its own core session and data dir) on the same gateway. */
  addHost: () => Promise<BatonHost>;
}

async function withHost(simulator: boolean, use: (host: BatonHost) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-e2e-'));
  const { child, host } = await startHost(dataDir, undefined, simulator);
  try {
    await use(host);
  } finally {
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const test = base.extend<{ host: BatonHost; simulatedHost: BatonHost; stack: Stack }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  host: async ({}, use) => withHost(false, use),
  /** The demo as an agent meets it: the simulator hands off a contact about 3 s after start and plays the customer. */
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  simulatedHost: async ({}, use) => withHost(true, use),
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  stack: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baton-e2e-stack-'));
    const gatewayDir = join(dataDir, 'gateway');
    const gatewayArgs = ['src/gateway/cli.ts', '--demo', '--port', '0', '--no-simulator'];
    const gw = await startProcess('gateway', gatewayArgs, { BATON_DATA_DIR: gatewayDir }, { url: GATEWAY, botKey: BOT_KEY });
    const gateway = { url: gw.found['url'] ?? '', botKey: gw.found['botKey'] ?? '' };
    let current = await startHost(join(dataDir, 'host'), gateway);
    const extra: ChildProcess[] = [];
    try {
      await use({
        gateway,
        host: () => current.host,
        async restartHost(options) {
          if (options?.crash) current.child.kill('SIGKILL');
          await stopProcess(current.child);
          current = await startHost(join(dataDir, 'host'), gateway);
          return current.host;
        },
        async addHost() {
          const added = await startHost(join(dataDir, `host-${extra.length + 2}`), gateway);
          extra.push(added.child);
          return added.host;
        },
      });
    } finally {
      for (const child of extra) await stopProcess(child);
      await stopProcess(current.child);
      await stopProcess(gw.child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Logs in through the real login form. */
export async function logIn(page: Page, username: string, password = 'baton-demo'): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Logs in and waits until the link is online. */
export async function logInOnline(page: Page, host: BatonHost, username: string): Promise<void> {
  await page.goto(host.url);
  await logIn(page, username);
  await expect(page.getByRole('status', { name: 'Link status' })).toContainText('online');
}

/** Sets presence to Available so the gateway routes offers to this agent. */
export async function goAvailable(page: Page): Promise<void> {
  await page.getByLabel('Presence').selectOption('available');
  await expect(page.getByLabel('Presence')).toHaveValue('available');
}

/** Posts a bot handoff to the gateway as a bot platform would; returns the gateway's answer. */
export async function postHandoff(
  host: BatonHost,
  format: string,
  payload: unknown,
): Promise<{ status: number; body: { conversationId?: string; queue?: string; error?: string } }> {
  const path = format === 'native' ? '/v1/handoffs' : `/v1/handoffs/${format}`;
  const response = await fetch(`${host.gatewayUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.botKey}` },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as { conversationId?: string; queue?: string } };
}

/** Accessibility audit of what the page shows now: no serious or critical violations (DESIGN.md). */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}
