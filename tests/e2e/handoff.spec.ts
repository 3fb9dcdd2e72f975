// The core promise as stories: a bot hands over in its own format, the agent sees the offer, accepts,
// and the Context panel tells the whole story — and hostile text stays text.
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, goAvailable, logInOnline, postHandoff, test } from './fixtures';
import { HANDOFF_CASES } from './handoff-cases';

for (const c of HANDOFF_CASES) {
  test(`${c.format}: the bot hands over, agent1 accepts and sees intent, a fact and the transcript`, async ({ page, host }) => {
    await logInOnline(page, host, 'agent1');
    await goAvailable(page);

    const payload: unknown = JSON.parse(readFileSync(c.fixture, 'utf8'));
    const answer = await postHandoff(host, c.format, payload);
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);

    const offer = page.getByRole(c.offerRole ?? 'article', { name: /^Incoming contact/ });
    await expect(offer).toBeVisible();
    await offer.getByRole('button', { name: 'Accept' }).click();

    const context = page.getByRole('region', { name: 'Customer context' });
    await expect(context.getByRole('heading', { name: 'The story so far' })).toBeVisible();
    await expect(context).toContainText(c.intentLabel);
    await expect(context).toContainText(c.factValue);
    await expect(context.getByText(c.transcriptLine, { exact: false }).first()).toBeVisible();
    await expectAccessible(page);
  });
}

test('HTML and script in every text field render as plain text: nothing runs, nothing navigates', async ({ page, host }) => {
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="https://example.com">x</a>';
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await logInOnline(page, host, 'agent1');
  await goAvailable(page);
  const startUrl = page.url();

  const answer = await postHandoff(host, 'native', {
    conversationId: 'xss-1',
    customer: { displayName: hostile, contactPoints: [{ kind: 'email', value: hostile }] },
    reason: { kind: 'other', detail: hostile },
    intent: { name: 'xss', label: hostile, confidence: 0.9 },
    facts: [{ key: 'orderNumber', label: hostile, value: hostile, status: 'confirmed' }],
    botSteps: [{ name: hostile, outcome: 'failed', detail: hostile }],
    transcript: [
      { id: 't1', from: 'customer', text: hostile },
      { id: 't2', from: 'bot', text: hostile },
    ],
    journey: { events: [{ kind: 'page', label: hostile, url: 'javascript:alert(1)' }] },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);

  await page.getByRole('article', { name: /^Incoming contact/ }).getByRole('button', { name: 'Accept' }).click();
  const context = page.getByRole('region', { name: 'Customer context' });
  await expect(context).toContainText('<script>window.__pwned=2</script>');
  await page.getByRole('button', { name: 'Show raw payload' }).click();

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(page.url()).toBe(startUrl);
});

test('an unavailable agent gets no offer; going Available brings it in', async ({ page, host }) => {
  await logInOnline(page, host, 'agent1');
  const answer = await postHandoff(host, 'native', {
    conversationId: 'wait-1',
    customer: { displayName: 'Pat Waiting' },
    intent: { name: 'billing', label: 'Billing question', confidence: 0.8 },
  });
  expect(answer.status).toBe(202);
  await expect(page.getByRole('article', { name: /^Incoming contact/ })).toHaveCount(0);
  await goAvailable(page);
  await expect(page.getByRole('article', { name: /^Incoming contact from Pat Waiting/ })).toBeVisible();
});

test('the repeat guard stops the agent asking for the order number the bot already has', async ({ page, host }) => {
  await logInOnline(page, host, 'agent1');
  await goAvailable(page);
  const answer = await postHandoff(host, 'native', {
    conversationId: 'repeat-1',
    customer: { displayName: 'Maria Lopez', verification: { method: 'SMS code' } },
    intent: { name: 'return_item', label: 'Return a damaged item', confidence: 0.93 },
    facts: [{ key: 'orderNumber', label: 'Order number', value: 'A-4417', status: 'confirmed' }],
    transcript: [{ id: 't1', from: 'customer', text: 'My blender arrived broken' }],
  });
  expect(answer.status).toBe(202);
  await page.getByRole('article', { name: /^Incoming contact/ }).getByRole('button', { name: 'Accept' }).click();

  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('Hi Maria, could you give me your order number?');
  const hint = page.getByRole('status').filter({ hasText: 'Already known' });
  await expect(hint).toContainText('A-4417');
  await hint.getByRole('button', { name: 'Insert Order number' }).click();
  await expect(composer).toHaveValue(/A-4417/);

  await composer.fill('Thanks Maria, I can see order A-4417 here.');
  await expect(page.getByRole('status').filter({ hasText: 'Already known' })).toHaveCount(0);
});
