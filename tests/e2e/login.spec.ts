// Stories of the first minute: an agent opens Baton in the browser, logs in, and is online.
import { expect, expectAccessible, logIn, test } from './fixtures';

test('agent1 logs in and sees the link online', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByLabel('Gateway URL')).toHaveValue(host.gatewayUrl);
  await expectAccessible(page);

  await logIn(page, 'agent1');

  await expect(page.getByRole('status', { name: 'Link status' })).toContainText('online');
  await expect(page.getByRole('region', { name: 'Conversations' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Conversation', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Customer context' })).toBeVisible();
  await expectAccessible(page);
});

test('a wrong password shows an error and keeps the agent on the login screen', async ({ page, host }) => {
  await page.goto(host.url);
  await logIn(page, 'agent1', 'not-the-password');

  await expect(page.getByRole('alert')).toContainText(/wrong username or password/i);
  await expect(page.getByRole('button', { name: 'Log in' })).toBeEnabled();
  await expect(page.getByRole('status', { name: 'Link status' })).toHaveCount(0);
});

test('the renderer has no Node: no process, no require', async ({ page, host }) => {
  await page.goto(host.url);
  const globals = await page.evaluate(() => ({
    process: typeof (globalThis as Record<string, unknown>).process,
    require: typeof (globalThis as Record<string, unknown>).require,
    module: typeof (globalThis as Record<string, unknown>).module,
  }));
  expect(globals).toEqual({ process: 'undefined', require: 'undefined', module: 'undefined' });
});

test('a supervisor lands on the queues view', async ({ page, host }) => {
  await page.goto(host.url);
  await logIn(page, 'supervisor1');
  await expect(page.getByRole('region', { name: 'Queues' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Link status' })).toContainText('online');
  await expectAccessible(page);
});

test('the page refuses to run without the per-run key', async ({ page, host }) => {
  const keyless = new URL(host.url);
  keyless.search = '';
  const response = await page.goto(keyless.toString());
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('button', { name: 'Log in' })).toHaveCount(0);
});

test('presence changes are confirmed by the gateway', async ({ page, host }) => {
  await page.goto(host.url);
  await logIn(page, 'agent2');
  await expect(page.getByRole('status', { name: 'Link status' })).toContainText('online');
  const presence = page.getByLabel('Presence');
  await presence.selectOption('available');
  await expect(presence).toHaveValue('available');
  await page.reload();
  await expect(page.getByLabel('Presence')).toHaveValue('available');
});
