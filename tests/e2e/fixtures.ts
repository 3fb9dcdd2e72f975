// E2E fixture: every test gets its own browser-mode host (`src/web/cli.ts`) with an embedded demo gateway
// and a throwaway data dir, started as a real child process and stopped after the test.
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

function startHost(dataDir: string): Promise<{ child: ChildProcess; host: BatonHost }> {
  // No simulated traffic: each story posts exactly the handoffs it is about.
  const args = ['--import', 'tsx', 'src/web/cli.ts', '--port', '0', '--data-dir', dataDir, '--no-simulator'];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, BATON_DATA_DIR: dataDir, BATON_GATEWAY_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not print "Open:" within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const open = /^Open: (\S+)$/m.exec(output);
      const gateway = /^Gateway: (\S+)$/m.exec(output);
      const botKey = /^Bot key: (\S+)$/m.exec(output);
      if (open?.[1] && gateway?.[1] && botKey?.[1]) {
        clearTimeout(timer);
        resolve({ child, host: { url: open[1], gatewayUrl: gateway[1], botKey: botKey[1], output: () => output } });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited early (${String(code)}):\n${output}`));
    });
  });
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{ host: BatonHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baton-e2e-'));
    const { child, host } = await startHost(dataDir);
    try {
      await use(host);
    } finally {
      await stopHost(child);
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
