// Handoff POST -> the customer's story visible on the agent's screen (browser mode, Chromium), over 300
// handoffs. "Visible" = the first animation frame after the customer's name enters the DOM, observed in
// the page; each offer is then withdrawn (customer abandons) so the next one starts from the same state.
import type { Page } from '@playwright/test';
import type { Benchmark } from '../registry';
import { summarize } from '../stats';
import { armObserver, logInAvailable, postAsBot, preciseNow, seenAt, startBenchHost, type BenchHost } from '../support/browser-host';

const HANDOFFS = 300;
const WARMUP = 10;

async function oneHandoff(host: BenchHost, page: Page, i: number): Promise<number> {
  const name = `Bench Customer ${i}`;
  await armObserver(page, name);
  const started = preciseNow();
  const response = await postAsBot(host, '/v1/handoffs', {
    conversationId: `bench-${i}-${Date.now()}`,
    customer: { displayName: name, verification: { method: 'SMS code' } },
    intent: { name: 'return_item', label: 'Return a damaged item', confidence: 0.9 },
    facts: [{ key: 'orderNumber', label: 'Order number', value: `A-${1000 + i}`, status: 'confirmed' }],
    transcript: [{ id: 't1', from: 'customer', text: 'It arrived broken' }],
  });
  if (response.status !== 202) throw new Error(`handoff refused: ${response.status} ${await response.text()}`);
  const { conversationId } = (await response.json()) as { conversationId: string };
  const shownAt = await seenAt(page);
  const abandon = await postAsBot(host, `/v1/conversations/${conversationId}/abandon`, {});
  if (abandon.status >= 300) throw new Error(`abandon refused: ${abandon.status}`);
  await page.getByText(name).first().waitFor({ state: 'detached' });
  return shownAt - started;
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
