// The Context panel for an open conversation: the story, known facts (copy, insert, reveal), the
// facts to ask for, intent, transcript search, the raw payload as text, and hostile text kept as text.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AssignedConversation } from '../../../shared/domain/conversation';
import { composeStory } from '../../../shared/domain/story';
import { makeAssigned, makeContext, mariaContext } from '../../test/contexts';
import { sessionFor } from '../../test/fake-baton';
import { renderApp } from '../../test/render-app';

async function openConversation(assigned: AssignedConversation) {
  const app = renderApp({
    'session:get': () => ({ ok: true, value: sessionFor('agent1') }),
    'conversation:list': () => ({ ok: true, value: [assigned] }),
  });
  const name = assigned.context.customer.displayName ?? 'Unnamed';
  await app.user.click(await screen.findByRole('option', { name: (accessible) => accessible.includes(name) }));
  const panel = screen.getByRole('region', { name: 'Customer context' });
  return { ...app, panel };
}

describe('ContextPanel', () => {
  it('leads with the story, then the known facts with values, then what to ask for', async () => {
    const { panel } = await openConversation(makeAssigned('c1', mariaContext()));
    const story = within(panel).getByRole('heading', { name: 'The story so far' });
    expect(story.nextElementSibling).toHaveTextContent(composeStory(mariaContext()));
    const known = within(panel).getByRole('region', { name: "Already known — don't ask" });
    expect(known).toHaveTextContent('Order numberA-4417');
    expect(known).toHaveTextContent('maria@example.com');
    expect(known).toHaveTextContent('•••• 0134');
    expect(known).not.toHaveTextContent('900134');
    const gaps = within(panel).getByRole('region', { name: 'Not collected / could not verify — ask for these' });
    expect(gaps).toHaveTextContent('Date of birthnot collected');
    expect(gaps).toHaveTextContent('Postcodecould not verify: “ZZ9”');
    expect(panel).toHaveTextContent('Return a damaged item');
    expect(panel).toHaveTextContent('93%');
    expect(panel).toHaveTextContent('Verified · SMS code');
  });

  it('reveals a masked value only on an explicit click', async () => {
    const { panel, user } = await openConversation(makeAssigned('c1', mariaContext()));
    await user.click(within(panel).getByRole('button', { name: 'Reveal Phone' }));
    expect(panel).toHaveTextContent('+44 7700 900134');
    expect(within(panel).queryByRole('button', { name: 'Reveal Phone' })).not.toBeInTheDocument();
  });

  it('copies a fact to the clipboard, and says so when the clipboard refuses', async () => {
    const { panel, user } = await openConversation(makeAssigned('c1', mariaContext()));
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(within(panel).getByRole('button', { name: 'Copy Order number' }));
    expect(writeText).toHaveBeenCalledWith('A-4417');
    expect(within(panel).getByText('Copied Order number.')).toBeInTheDocument();
    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(within(panel).getByRole('button', { name: 'Copy Email' }));
    expect(await within(panel).findByText(/Could not copy Email/)).toBeInTheDocument();
  });

  it('inserts a fact into the composer draft', async () => {
    const { panel, user } = await openConversation(makeAssigned('c1', mariaContext()));
    const composer = screen.getByRole('textbox', { name: 'Message' });
    await user.type(composer, 'Your order is');
    await user.click(within(panel).getByRole('button', { name: 'Insert Order number' }));
    expect(composer).toHaveValue('Your order is A-4417');
    expect(composer).toHaveFocus();
  });

  it('filters the transcript by search, counts matches and marks them', async () => {
    const { panel, user } = await openConversation(makeAssigned('c1', mariaContext()));
    const list = within(panel).getByRole('list', { name: 'Bot transcript' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    await user.type(within(panel).getByRole('searchbox', { name: 'Search transcript' }), 'BLENDER');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(panel).getByText('2 matches')).toBeInTheDocument();
    expect(list.querySelectorAll('mark')).toHaveLength(2);
    expect(list.querySelector('mark')).toHaveTextContent('blender');
  });

  it('shows the raw payload as JSON text', async () => {
    const { panel, user } = await openConversation(makeAssigned('c1', mariaContext()));
    const button = within(panel).getByRole('button', { name: 'Show raw payload' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(within(panel).getByLabelText('Raw payload')).toHaveTextContent('"note": "raw as sent"');
  });

  it('renders HTML and script in every text field literally, creating no elements from it', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const context = makeContext(
      {
        customer: { displayName: hostile, id: hostile, tier: hostile, contactPoints: [{ kind: 'email', value: hostile }], verification: { method: hostile } },
        reason: { kind: 'other', detail: hostile },
        intent: { name: hostile, label: hostile, confidence: 0.5, alternatives: [{ name: hostile, label: hostile }] },
        facts: [
          { key: 'orderNumber', label: hostile, value: hostile, status: 'confirmed' },
          { key: 'x', label: hostile, value: hostile, status: 'invalid' },
        ],
        botSteps: [{ name: hostile, outcome: 'failed', detail: hostile }],
        transcript: [
          { id: 't1', from: 'customer', text: hostile },
          { id: 't2', from: 'bot', text: hostile },
        ],
        journey: { events: [{ kind: 'page', label: hostile, url: 'javascript:alert(1)' }], priorContacts: [{ at: '2030-01-01T00:00:00.000Z', channel: 'chat', summary: hostile }] },
      },
      { hostile },
    );
    const { panel, user, baton } = await openConversation(makeAssigned('c1', context));
    act(() => baton.emit('contact:offered', { ...makeOfferFor(context) }));
    for (const details of panel.querySelectorAll('details')) details.open = true;
    await user.click(within(panel).getByRole('button', { name: 'Show raw payload' }));
    expect(panel).toHaveTextContent(hostile);
    expect(screen.getByRole('option', { name: (n) => n.includes('<script>') })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: `Incoming contact from ${hostile}` })).toBeInTheDocument();
    expect(document.querySelectorAll('img, script, a[href^="javascript"]')).toHaveLength(0);
  });

  it('keeps 10,000 transcript lines to a small window of rows', async () => {
    const transcript = Array.from({ length: 10_000 }, (_, i) => ({ id: `t${i}`, from: i % 2 ? ('customer' as const) : ('bot' as const), text: `line ${i}` }));
    const { panel } = await openConversation(makeAssigned('c1', makeContext({ customer: { displayName: 'Long Talker' }, transcript })));
    const rows = within(within(panel).getByRole('list', { name: 'Bot transcript' })).getAllByRole('listitem');
    expect(rows.length).toBeLessThan(80);
    expect(within(panel).getByText('10000 lines')).toBeInTheDocument();
    const thread = screen.getByRole('list', { name: 'Conversation transcript' });
    expect(within(thread).getAllByRole('listitem').length).toBeLessThan(80);
  });
});

function makeOfferFor(context: ReturnType<typeof makeContext>) {
  const now = Date.now();
  return {
    offerId: 'ox',
    conversationId: 'cx',
    queue: 'q',
    queueName: 'Queue',
    waitingSince: new Date(now).toISOString(),
    offeredAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 20_000).toISOString(),
    context,
    transfer: null,
  };
}
