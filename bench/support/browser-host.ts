// Starts browser mode (web host + embedded demo gateway, no simulated traffic) for benchmarks, and a
// Chromium page logged in as an agent. Everything is real: HTTP, socket.io, WebSocket bridge, React.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

export interface BenchHost {
  url: string;
  gatewayUrl: string;
  botKey: string;
  browser: Browser;
  close(): Promise<void>;
}

function waitForLines(child: ChildProcess): Promise<{ url: string; gatewayUrl: string; botKey: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /^Open: (\S+)$/m.exec(output)?.[1];
      const gatewayUrl = /^Gateway: (\S+)$/m.exec(output)?.[1];
      const botKey = /^Bot key: (\S+)$/m.exec(output)?.[1];
      if (url && gatewayUrl && botKey) resolve({ url, gatewayUrl, botKey });
    });
    child.on('exit', (code) => reject(new Error(`web host exited (${String(code)}):\n${output}`)));
  });
}

export async function startBenchHost(): Promise<BenchHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/web/cli.ts', '--port', '0', '--data-dir', dataDir, '--no-simulator'], {
    env: { ...process.env, BATON_GATEWAY_URL: '', BATON_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = await waitForLines(child);
  const executablePath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  return {
    ...lines,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function logInAvailable(host: BenchHost, username: string): Promise<Page> {
  const page = await host.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(host.url);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('baton-demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('status', { name: 'Link status' }).filter({ hasText: 'online' }).waitFor();
  await page.getByLabel('Presence').selectOption('available');
  return page;
}

/** Wall-clock milliseconds with sub-millisecond resolution, comparable between Node and Chromium. */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Arms an observer in the page: resolves at the first animation frame after a node containing `text`
 * enters the DOM ("visible" = painted). Read the time with `seenAt`.
 */
export async function armObserver(page: Page, text: string): Promise<void> {
  await page.evaluate((expected) => {
    const w = window as unknown as { __seenAt?: Promise<number> };
    w.__seenAt = new Promise<number>((resolve) => {
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.textContent?.includes(expected)) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
              return;
            }
          }
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, text);
}

export async function seenAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __seenAt: Promise<number> }).__seenAt);
}

/** POSTs JSON to the gateway as a bot or channel connector (bot key). */
export async function postAsBot(host: BenchHost, path: string, body: unknown): Promise<Response> {
  return fetch(`${host.gatewayUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.botKey}` },
    body: JSON.stringify(body),
  });
}
