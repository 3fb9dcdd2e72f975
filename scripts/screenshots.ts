// `npm run screenshots`: starts browser mode (web host + demo gateway), logs in as agent1 and as
// supervisor1 in Debian's Chromium, and saves the screens the README shows to docs/screenshots/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const outDir = 'docs/screenshots';

function startHost(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/web/cli.ts', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, BATON_GATEWAY_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const open = /^Open: (\S+)$/m.exec(output);
      if (open?.[1]) resolve(open[1]);
    });
    child.on('exit', (code) => reject(new Error(`web host exited (${String(code)})`)));
  });
  return { child, url };
}

async function logIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('baton-demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('status', { name: 'Link status' }).filter({ hasText: 'online' }).waitFor();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-shots-'));
  const host = startHost(dataDir);
  const executablePath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const url = await host.url;
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(url);
      await page.screenshot({ path: join(outDir, `login-${theme}.png`) });
      await logIn(page, url, 'agent1');
      await page.screenshot({ path: join(outDir, `agent-workspace-${theme}.png`) });
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await logIn(page, url, 'supervisor1');
    await page.screenshot({ path: join(outDir, 'supervisor-landing-light.png') });
    console.log(`screenshots written to ${outDir}/`);
  } finally {
    await browser.close();
    host.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
