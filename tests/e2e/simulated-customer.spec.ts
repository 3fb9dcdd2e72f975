// The demo as an agent first meets it: the simulator hands off a real bot conversation (Rasa format), the
// agent accepts it and answers, and the simulated customer reads the answer over the channel API and
// writes back, with a typing indicator first. Nothing here is posted by the test itself.
import { expect, expectAccessible, goAvailable, logInOnline, test } from './fixtures';

test('a chat round trip with the simulated customer', async ({ page, simulatedHost }) => {
  test.setTimeout(60_000);
  await logInOnline(page, simulatedHost, 'agent1');
  await goAvailable(page);

  // The simulator's first handoff comes about 3 s after start; routing offers it once the agent is available.
  const offer = page.getByRole('article', { name: /^Incoming contact/ });
  await expect(offer).toBeVisible({ timeout: 20_000 });
  await offer.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('heading', { name: 'The story so far' })).toBeVisible();

  const log = page.getByRole('log', { name: 'Messages' });
  const customerLines = log.locator('.msg--customer');
  const before = await customerLines.count();

  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('Hello, I am sorry about this. I have approved your refund, it is on its way today.');
  await composer.press('Enter');
  await expect(log).toContainText('I have approved your refund');

  // The customer types, then answers: the reply arrives through the gateway like any channel message.
  await expect(page.getByText(/is typing/)).toBeVisible({ timeout: 20_000 });
  await expect(customerLines).toHaveCount(before + 1, { timeout: 20_000 });
  await expect(customerLines.last()).not.toBeEmpty();
  await expectAccessible(page);
});
