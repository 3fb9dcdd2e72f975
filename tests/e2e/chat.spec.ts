// The agent's working day, as stories: a chat both ways with the customer's channel, an internal note
// that never reaches the customer, and a wrap-up that survives the host crashing halfway through.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, goAvailable, logInOnline, postHandoff, test, type BatonHost } from './fixtures';

async function connector(host: { gatewayUrl: string; botKey: string }, method: 'GET' | 'POST', path: string, body?: unknown) {
  const response = await fetch(`${host.gatewayUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${host.botKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

async function acceptNewContact(page: Page, host: BatonHost, id: string): Promise<string> {
  const answer = await postHandoff(host, 'native', {
    conversationId: id,
    customer: { displayName: 'Maria Lopez', verification: { method: 'SMS code' } },
    routing: { queue: 'returns' },
    intent: { name: 'return_item', label: 'Return a damaged item', confidence: 0.93 },
    facts: [{ key: 'orderNumber', label: 'Order number', value: 'A-4417', status: 'confirmed' }],
    transcript: [{ id: 't1', from: 'customer', text: 'My blender arrived broken' }],
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  await page.getByRole('article', { name: /^Incoming contact/ }).getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('heading', { name: 'The story so far' })).toBeVisible();
  return answer.body.conversationId ?? '';
}

test('a chat round trip: the customer writes, the agent answers with Enter, the channel receives it', async ({ page, host }) => {
  await logInOnline(page, host, 'agent1');
  await goAvailable(page);
  const conversationId = await acceptNewContact(page, host, 'chat-1');

  const posted = await connector(host, 'POST', `/v1/conversations/${conversationId}/messages`, { id: 'wa-1', text: 'Hello? Is anyone there?' });
  expect(posted.status).toBe(202);
  const log = page.getByRole('log', { name: 'Messages' });
  await expect(log).toContainText('Hello? Is anyone there?');

  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('Hi Maria, I can see order A-4417. I am sorry it arrived broken.');
  await composer.press('Shift+Enter');
  await composer.pressSequentially('Let me arrange a refund.');
  await composer.press('Enter');
  await expect(log).toContainText('Let me arrange a refund.');
  await expect(composer).toHaveValue('');

  const received = await connector(host, 'GET', `/v1/conversations/${conversationId}/messages?after=0`);
  const texts = ((received.body?.['messages'] as { from: string; text: string }[] | undefined) ?? []).map((m) => [m.from, m.text]);
  expect(texts).toEqual([
    ['customer', 'Hello? Is anyone there?'],
    ['agent', 'Hi Maria, I can see order A-4417. I am sorry it arrived broken.\nLet me arrange a refund.'],
  ]);

  // The channel retries: the same message id is stored once.
  await connector(host, 'POST', `/v1/conversations/${conversationId}/messages`, { id: 'wa-1', text: 'Hello? Is anyone there?' });
  await expect(log.getByText('Hello? Is anyone there?')).toHaveCount(1);
  await expectAccessible(page);
});

test('an internal note is visible to the agent and never reaches the customer', async ({ page, host }) => {
  await logInOnline(page, host, 'agent1');
  await goAvailable(page);
  const conversationId = await acceptNewContact(page, host, 'note-1');

  await page.getByRole('button', { name: 'Add note' }).click();
  const note = page.getByRole('textbox', { name: 'Internal note' });
  await note.fill('Customer was charged twice last month too');
  await note.press('Enter');
  const log = page.getByRole('log', { name: 'Messages' });
  await expect(log).toContainText('Internal note');
  await expect(log).toContainText('Customer was charged twice last month too');

  const received = await connector(host, 'GET', `/v1/conversations/${conversationId}/messages?after=0`);
  expect(JSON.stringify(received.body)).not.toContain('charged twice');
});

test('a wrap-up typed halfway survives the host crashing, and is submitted once', async ({ page, stack }) => {
  test.setTimeout(120_000); // two host start-ups
  const host = stack.host();
  await logInOnline(page, host, 'agent1');
  await goAvailable(page);
  const conversationId = await acceptNewContact(page, host, 'wrap-1');

  await page.getByRole('button', { name: 'End conversation' }).click();
  await page.getByRole('button', { name: /^(Yes, end|End now|Confirm)/ }).click();
  const wrapUp = page.getByRole('region', { name: 'Wrap-up' });
  await expect(wrapUp).toBeVisible();
  const disposition = wrapUp.getByLabel('Disposition');
  const firstCode = await disposition.locator('option:not([value=""])').first().getAttribute('value');
  await disposition.selectOption(firstCode ?? '');
  await wrapUp.getByRole('textbox', { name: 'Wrap-up notes' }).fill('Refund approved for order A-4417; customer');
  await page.waitForTimeout(800); // the draft is saved within ~350 ms of the last keystroke: give it that, then crash

  const restarted = await stack.restartHost({ crash: true });
  await logInOnline(page, restarted, 'agent1');
  await page.getByRole('option', { name: /Maria Lopez/ }).click();
  const restored = page.getByRole('region', { name: 'Wrap-up' });
  await expect(restored.getByRole('textbox', { name: 'Wrap-up notes' })).toHaveValue('Refund approved for order A-4417; customer');
  await expect(restored.getByLabel('Disposition')).toHaveValue(firstCode ?? '');

  await restored.getByRole('textbox', { name: 'Wrap-up notes' }).pressSequentially(' was happy.');
  await restored.getByRole('button', { name: 'Submit wrap-up' }).dblclick();
  await expect(page.getByRole('region', { name: 'Wrap-up' })).toHaveCount(0);

  const conversation = await connector({ gatewayUrl: stack.gateway.url, botKey: stack.gateway.botKey }, 'GET', `/v1/conversations/${conversationId}`);
  expect((conversation.body?.['conversation'] as { status?: string } | undefined)?.status).toBe('wrapped');
  // One record, carrying what was typed before and after the crash.
  expect(conversation.body?.['wrapUp']).toMatchObject({
    disposition: firstCode,
    notes: 'Refund approved for order A-4417; customer was happy.',
  });
});
