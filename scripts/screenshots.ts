// `npm run screenshots`: starts browser mode (web host + demo gateway), logs in as agent1 and as
// supervisor1 in Debian's Chromium, and saves the screens the README shows to docs/screenshots/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { mulberry32 } from '../src/gateway/simulator/random';
import { SCENARIOS } from '../src/gateway/simulator/scenarios/catalog';

const outDir = 'docs/screenshots';

function startHost(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/web/cli.ts', '--port', '0', '--data-dir', dataDir, '--no-simulator'], {
    env: { ...process.env, BATON_GATEWAY_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise<{ url: string; gatewayUrl: string; botKey: string }>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const open = /^Open: (\S+)$/m.exec(output)?.[1];
      const gatewayUrl = /^Gateway: (\S+)$/m.exec(output)?.[1];
      const botKey = /^Bot key: (\S+)$/m.exec(output)?.[1];
      if (open && gatewayUrl && botKey) resolve({ url: open, gatewayUrl, botKey });
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

/** Hands over one demo scenario the way its bot platform would. */
async function asBot(gatewayUrl: string, botKey: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${gatewayUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${botKey}` },
    body: JSON.stringify(body),
  });
}

async function handOver(gatewayUrl: string, botKey: string, scenarioName: string, seed: number): Promise<string> {
  const scenario = SCENARIOS.find((s) => s.name === scenarioName);
  if (!scenario) throw new Error(`no scenario ${scenarioName}`);
  const handoff = scenario.build({ n: seed, random: mulberry32(seed), now: new Date() });
  const path = handoff.format === 'native' ? '/v1/handoffs' : `/v1/handoffs/${handoff.format}`;
  const response = await fetch(`${gatewayUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${botKey}` },
    body: JSON.stringify(handoff.payload),
  });
  if (response.status !== 202) throw new Error(`handoff refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { conversationId: string }).conversationId;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-shots-'));
  const host = startHost(dataDir);
  const executablePath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const { url, gatewayUrl, botKey } = await host.url;
    for (const [i, theme] of (['light', 'dark'] as const).entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: theme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(url);
      await page.screenshot({ path: join(outDir, `login-${theme}.png`) });
      await logIn(page, url, `agent${i + 1}`);
      await page.screenshot({ path: join(outDir, `agent-empty-${theme}.png`) });
      await page.getByLabel('Presence').selectOption('available');
      const accepted = await handOver(gatewayUrl, botKey, 'damaged-return', 7 + i);
      const offer = page.getByRole('article', { name: /^Incoming contact/ });
      await offer.waitFor();
      await page.screenshot({ path: join(outDir, `agent-offer-${theme}.png`) });
      await offer.getByRole('button', { name: 'Accept' }).click();
      const ringing = await handOver(gatewayUrl, botKey, 'billing-dispute', 11 + i);
      await page.getByRole('heading', { name: 'The story so far' }).waitFor();
      const composer = page.getByRole('textbox', { name: 'Message' });
      await composer.fill('Hi, so sorry about that. Could you give me your order number?');
      await page.getByRole('status').filter({ hasText: 'Already known' }).waitFor();
      await page.screenshot({ path: join(outDir, `agent-workspace-${theme}.png`) });

      // Live chat: the customer writes, the agent answers with Enter, a note for colleagues.
      const log = page.getByRole('log', { name: 'Messages' });
      await asBot(gatewayUrl, botKey, `/v1/conversations/${accepted}/messages`, { id: `shot-${theme}-1`, text: 'It is the second time this happens, honestly.' });
      await log.getByText('second time').waitFor();
      await composer.fill('I am sorry, that is really frustrating. I have started a full refund for you now.');
      await composer.press('Enter');
      await log.getByText('full refund').waitFor();
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.getByRole('textbox', { name: 'Internal note' }).fill('Second damaged delivery: flag to logistics');
      await page.getByRole('textbox', { name: 'Internal note' }).press('Enter');
      await log.getByText('flag to logistics').waitFor();
      await page.screenshot({ path: join(outDir, `agent-chat-${theme}.png`) });

      await page.getByRole('button', { name: 'End conversation' }).click();
      await page.getByRole('button', { name: 'Yes, end it' }).click();
      await page.getByRole('region', { name: 'Wrap-up' }).waitFor();
      await page.screenshot({ path: join(outDir, `agent-wrap-up-${theme}.png`) });
      // The second contact only rang for the picture: withdraw it so it does not reach the next agent.
      await asBot(gatewayUrl, botKey, `/v1/conversations/${ringing}/abandon`, {});
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
