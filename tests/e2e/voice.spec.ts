// A voice contact from end to end, with the TEST playing the telephony connector (the host runs without the
// simulator): the call rings and connects, the agent holds, resumes and ends it from the call bar, each
// command is read from the polling endpoint and confirmed with its event, and the wrap-up opens.
import { expect, expectAccessible, goAvailable, logInOnline, postHandoff, test, type BatonHost } from './fixtures';

async function connector(host: BatonHost, path: string, body?: unknown) {
  const response = await fetch(`${host.gatewayUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${host.botKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

test('a voice call answered, held, resumed and ended from the call bar', async ({ page, host }) => {
  await logInOnline(page, host, 'agent1');
  await goAvailable(page);
  const handoff = await postHandoff(host, 'native', {
    conversationId: 'voice-1',
    channel: 'voice',
    customer: { displayName: 'Sam Caller' },
    intent: { name: 'outage', label: 'Report an outage', confidence: 0.9 },
    transcript: [{ id: 't1', from: 'customer', text: 'My internet is down' }],
  });
  expect(handoff.status, JSON.stringify(handoff.body)).toBe(202);
  const id = handoff.body.conversationId ?? '';
  await page.getByRole('article', { name: /^Incoming contact/ }).getByRole('button', { name: 'Accept' }).click();

  const bar = page.getByRole('region', { name: 'Call' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  const event = async (type: string, eventId: string) => expect((await connector(host, `/v1/conversations/${id}/call-events`, { type, id: eventId })).status).toBe(200);
  let seen = 0;
  /** The connector polls for the agent's next command. */
  const nextCommand = async (): Promise<string> => {
    let command: string | undefined;
    await expect
      .poll(async () => {
        const list = ((await connector(host, `/v1/conversations/${id}/call-commands?after=${seen}`)).body?.['commands'] ?? []) as { seq: number; command: string }[];
        command = list[0]?.command;
        if (list[0]) seen = list[0].seq;
        return command;
      })
      .toBeDefined();
    return command ?? '';
  };

  await event('ringing', 'ev-1');
  await expect(bar).toContainText('Ringing');
  await event('answered', 'ev-2');
  await expect(bar).toContainText('Connected');
  await expect(bar.getByRole('timer', { name: 'Call time' })).toHaveText(/^\d\d:\d\d$/);
  await expect(page.getByRole('option', { name: /Sam Caller/ }).getByRole('timer')).toBeVisible();
  await expectAccessible(page);

  await bar.getByRole('button', { name: 'Hold' }).click();
  expect(await nextCommand()).toBe('hold');
  // Only the connector's event changes the call.
  await expect(bar).toContainText('Connected');
  await event('held', 'ev-3');
  await expect(bar).toContainText('On hold');

  await bar.getByRole('button', { name: 'Resume' }).click();
  expect(await nextCommand()).toBe('resume');
  await event('resumed', 'ev-4');
  await expect(bar).toContainText('Connected');

  await bar.getByRole('button', { name: 'End call' }).click();
  expect(await nextCommand()).toBe('end');
  await event('ended', 'ev-5');
  await expect(page.getByRole('region', { name: 'Wrap-up' })).toBeVisible();
  await expect(bar).toHaveCount(0);
});
