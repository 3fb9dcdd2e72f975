// Transfer with context, as a story with two agents in two browser contexts: Alex takes a chat, answers
// once and warm-transfers it to Priya with a handover note; Priya sees who sends it and why before she
// accepts, then the note on top of the context and Alex's message in the log; Alex no longer has it.
import { expect, goAvailable, logInOnline, postHandoff, test } from './fixtures';

const NOTE = 'Refund approved for A-4417; she needs the return label by email.';

test('a warm transfer carries the handover note and everything said so far to the next agent', async ({ page, host, browser }) => {
  await logInOnline(page, host, 'agent1');
  await goAvailable(page);
  const answer = await postHandoff(host, 'native', {
    conversationId: 'transfer-1',
    customer: { displayName: 'Maria Lopez' },
    routing: { queue: 'returns' },
    intent: { name: 'return_item', label: 'Return a damaged item', confidence: 0.93 },
    facts: [{ key: 'orderNumber', label: 'Order number', value: 'A-4417', status: 'confirmed' }],
    transcript: [{ id: 't1', from: 'customer', text: 'My blender arrived broken' }],
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  await page.getByRole('article', { name: /^Incoming contact/ }).getByRole('button', { name: 'Accept' }).click();
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('Hi Maria, I have approved your refund.');
  await composer.press('Enter');
  await expect(page.getByRole('log', { name: 'Messages' })).toContainText('I have approved your refund.');

  const other = await browser.newContext();
  const page2 = await other.newPage();
  try {
    await logInOnline(page2, host, 'agent2');
    await goAvailable(page2);

    await page.getByRole('button', { name: 'Transfer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Transfer conversation' });
    await dialog.getByRole('radio', { name: 'Priya Shah' }).check();
    await dialog.getByRole('radio', { name: 'Warm (consult first)' }).check();
    await dialog.getByRole('button', { name: 'Transfer' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Write a handover note');
    await dialog.getByRole('textbox', { name: 'Handover note' }).fill(NOTE);
    await dialog.getByRole('button', { name: 'Transfer' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('waiting for Priya Shah to accept')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel transfer' })).toBeVisible();

    const offer = page2.getByRole('article', { name: /^Incoming contact/ });
    await expect(offer).toContainText('Transfer from Alex Morgan');
    await expect(offer).toContainText(NOTE);
    await offer.getByRole('button', { name: 'Accept' }).click();

    const context = page2.getByRole('region', { name: 'Customer context' });
    const headings = context.getByRole('heading', { level: 3 });
    await expect(headings.first()).toHaveText('Handover from Alex Morgan');
    await expect(context.getByRole('region', { name: 'Handover from Alex Morgan' })).toContainText(NOTE);
    await expect(context.getByRole('heading', { name: 'The story so far' })).toBeVisible();
    await expect(page2.getByRole('log', { name: 'Messages' })).toContainText('Hi Maria, I have approved your refund.');

    await expect(page.getByRole('option', { name: /Maria Lopez/ })).toHaveCount(0);
    await expect(page.getByText('No conversation open.')).toBeVisible();
  } finally {
    await other.close();
  }
});
