// Presence takeover: agent1 is logged in on one desktop and signs in on another. The first desktop is
// told why it lost the session and offered "Log in again"; the second stays online.
import { expect, logInOnline, test } from './fixtures';

const REASON = /You signed in on another desktop at \d\d:\d\d\./;

test('a second desktop for agent1 takes over; the first is told why and can log in again', async ({ browser, stack }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  try {
    const firstPage = await first.newPage();
    const secondPage = await second.newPage();
    const otherHost = await stack.addHost();

    await logInOnline(firstPage, stack.host(), 'agent1');
    await logInOnline(secondPage, otherHost, 'agent1');

    const firstStatus = firstPage.getByRole('status', { name: 'Link status' });
    await expect(firstStatus).toContainText('unauthorized');
    await expect(firstStatus).toContainText(REASON);
    await expect(firstPage.getByRole('alert').filter({ hasText: 'Link unauthorized' })).toContainText(REASON);
    await expect(firstPage.getByRole('button', { name: 'Log in again' })).toBeVisible();
    await expect(secondPage.getByRole('status', { name: 'Link status' })).toContainText('online');

    await firstPage.getByRole('button', { name: 'Log in again' }).click();
    await expect(firstPage.getByLabel('Password')).toBeVisible();
  } finally {
    await first.close();
    await second.close();
  }
});
