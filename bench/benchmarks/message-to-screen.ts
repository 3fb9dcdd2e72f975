// A customer's message posted by the channel connector -> visible in the agent's open conversation in
// Chromium (browser mode), over 300 messages. "Visible" = the first animation frame after it enters the DOM.
import type { Benchmark } from '../registry';
import { summarize } from '../stats';
import { armObserver, logInAvailable, postAsBot, preciseNow, seenAt, startBenchHost } from '../support/browser-host';

const MESSAGES = 300;
const WARMUP = 10;

async function run() {
  const host = await startBenchHost();
  try {
    const page = await logInAvailable(host, 'agent1');
    const handoff = await postAsBot(host, '/v1/handoffs', {
      conversationId: `bench-chat-${Date.now()}`,
      customer: { displayName: 'Bench Chatter' },
      intent: { name: 'question', label: 'General question', confidence: 0.9 },
    });
    const { conversationId } = (await handoff.json()) as { conversationId: string };
    await page.getByRole('article', { name: /^Incoming contact/ }).getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('log', { name: 'Messages' }).waitFor();

    const samples: number[] = [];
    for (let i = -WARMUP; i < MESSAGES; i += 1) {
      const text = `bench message ${i} ${Math.random().toString(36).slice(2)}`;
      await armObserver(page, text);
      const started = preciseNow();
      const response = await postAsBot(host, `/v1/conversations/${conversationId}/messages`, { id: `m${i}`, text });
      if (response.status !== 202) throw new Error(`message refused: ${response.status} ${await response.text()}`);
      const shownAt = await seenAt(page);
      if (i >= 0) samples.push(shownAt - started);
    }
    return summarize(samples);
  } finally {
    await host.close();
  }
}

export const messageToScreen: Benchmark = {
  name: 'message-to-screen',
  description: 'customer message POST -> visible in the open conversation in Chromium (browser mode), 300 messages',
  run,
};
