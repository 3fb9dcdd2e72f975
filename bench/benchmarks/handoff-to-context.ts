// Handoff POST -> the customer's story visible on the agent's screen (browser mode, Chromium), over 300
// handoffs. "Visible" = the first animation frame after the customer's name enters the DOM, observed in
// the page; each offer is then withdrawn (customer abandons) so the next one starts from the same state.
import type { Page } from '@playwright/test';
import type { Benchmark } from '../registry';
import { summarize } from '../stats';
import { logInAvailable, preciseNow, startBenchHost, type BenchHost } from '../support/browser-host';

const HANDOFFS = 300;
const WARMUP = 10;

async function armObserver(page: Page, name: string): Promise<void> {
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
      observer.observe(document.body, { childList: true, subtree: true });
    });
  }, name);
}

async function post(host: BenchHost, path: string, body: unknown): Promise<Response> {
  return fetch(`${host.gatewayUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.botKey}` },
    body: JSON.stringify(body),
  });
}

async function oneHandoff(host: BenchHost, page: Page, i: number): Promise<number> {
  const name = `Bench Customer ${i}`;
  await armObserver(page, name);
  const started = preciseNow();
  const response = await post(host, '/v1/handoffs', {
    conversationId: `bench-${i}-${Date.now()}`,
    customer: { displayName: name, verification: { method: 'SMS code' } },
    intent: { name: 'return_item', label: 'Return a damaged item', confidence: 0.9 },
    facts: [{ key: 'orderNumber', label: 'Order number', value: `A-${1000 + i}`, status: 'confirmed' }],
    transcript: [{ id: 't1', from: 'customer', text: 'It arrived broken' }],
  });
  if (response.status !== 202) throw new Error(`handoff refused: ${response.status} ${await response.text()}`);
  const { conversationId } = (await response.json()) as { conversationId: string };
  const seenAt = await page.evaluate(() => (window as unknown as { __seenAt: Promise<number> }).__seenAt);
  const abandon = await post(host, `/v1/conversations/${conversationId}/abandon`, {});
  if (abandon.status >= 300) throw new Error(`abandon refused: ${abandon.status}`);
  await page.getByText(name).first().waitFor({ state: 'detached' });
  return seenAt - started;
}

async function run() {
  const host = await startBenchHost();
  try {
    const page = await logInAvailable(host, 'agent1');
    for (let i = 0; i < WARMUP; i += 1) await oneHandoff(host, page, -1 - i);
    const samples: number[] = [];
    for (let i = 0; i < HANDOFFS; i += 1) samples.push(await oneHandoff(host, page, i));
    return summarize(samples);
  } finally {
    await host.close();
  }
}

export const handoffToContext: Benchmark = {
  name: 'handoff-to-context',
  description: 'bot handoff POST -> customer story visible in Chromium (browser mode), 300 handoffs',
  run,
};
