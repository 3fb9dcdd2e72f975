// Scenario: a calm, already SMS-verified customer is moving; the Chatwoot agent bot collected the new
// address but not the move date and hands over by reopening the conversation. Sent as a Chatwoot
// webhook (conversation_status_changed pending -> open, or message_created) with custom attributes.
import { fakeAddress, fakePerson } from '../fake-people';
import { chance, code, digits, intBetween, pick, uuid } from '../random';
import type { ScenarioContext, SimulatedHandoff } from '../scenario';
import { createTimeline, daysBefore } from '../timeline';

const OPENERS = ["Hi! I'm moving house next month and need to update my address.", 'Hello, could you change my address please? We are moving :)', 'hi there, new address for my account please'];
const CLOSERS = ['Thanks so much, no rush!', 'Great, thank you!', 'Perfect, happy to wait for someone.'];

interface Line {
  type: 0 | 1 | 2;
  text: string;
}

export function buildAddressChange({ n, random, now }: ScenarioContext): SimulatedHandoff {
  const person = fakePerson(random);
  const next = fakeAddress(random, person.locale);
  const conversationId = Number(`${n}${digits(random, 5)}`);
  const contactId = intBetween(random, 1000, 99_999);
  const timeline = createTimeline(random, now, 6);
  const verifiedAt = timeline.next(10, 30);
  const withDate = chance(random, 0.2);
  const lines: Line[] = [
    { type: 0, text: pick(random, OPENERS) },
    { type: 1, text: `Happy to help, ${person.firstName}! First I'll send a code to your phone ending ${person.phone.slice(-4)} to confirm it's you.` },
    { type: 0, text: digits(random, 6) },
    { type: 1, text: "Thanks, you're verified. What's the new address?" },
    { type: 0, text: `${next.line1}, ${next.town}, ${next.postcode}` },
    { type: 1, text: 'Got it. And what date are you moving?' },
    { type: 0, text: withDate ? 'the 1st I think' : "Not sure yet, the landlord hasn't confirmed. Could someone call me when it's settled?" },
    { type: 1, text: 'A colleague will take it from here and can arrange that with you.' },
    { type: 2, text: 'Conversation was reopened by Agent Bot' },
    { type: 0, text: pick(random, CLOSERS) },
  ];
  const messages = lines.map((line, i) => ({
    id: conversationId * 100 + i,
    content: line.text,
    account_id: 1,
    inbox_id: 3,
    conversation_id: conversationId,
    message_type: line.type,
    created_at: Math.floor(timeline.next(5, 40).getTime() / 1000),
    private: false,
    status: 'sent',
    source_id: null,
    content_type: 'text',
    content_attributes: {},
    sender_type: line.type === 0 ? 'Contact' : line.type === 1 ? 'AgentBot' : null,
    sender_id: line.type === 0 ? contactId : line.type === 1 ? 2 : null,
  }));
  const sender = {
    additional_attributes: { city: person.address.town },
    custom_attributes: { tier: pick(random, ['Standard', 'Plus', 'Premium']) },
    email: person.email,
    id: contactId,
    identifier: `cust-${code(random, 8).toLowerCase()}`,
    name: person.displayName,
    phone_number: person.phone,
    thumbnail: '',
    type: 'contact',
  };
  const lastAt = messages.at(-1)?.created_at ?? Math.floor(now.getTime() / 1000);
  const conversation = {
    additional_attributes: { browser: { browser_name: 'Firefox', platform_name: 'Linux' }, browser_language: person.locale, referer: 'https://shop.example.com/account/addresses', initiated_at: { timestamp: daysBefore(now, 0.005).toUTCString() } },
    can_reply: true,
    channel: 'Channel::WebWidget',
    id: conversationId,
    inbox_id: 3,
    contact_inbox: { id: contactId + 7, contact_id: contactId, inbox_id: 3, source_id: uuid(random), hmac_verified: true },
    messages,
    labels: ['address-change'],
    meta: { sender, assignee: null, team: null, hmac_verified: true },
    status: 'open',
    custom_attributes: {
      verified_by: 'SMS code',
      verified_at: verifiedAt.toISOString(),
      current_address: `${person.address.line1}, ${person.address.town}, ${person.address.postcode}`,
      new_address: `${next.line1}, ${next.town}, ${next.postcode}`,
      move_date: withDate ? 'the 1st (to be confirmed)' : null,
      last_page: 'https://shop.example.com/account/addresses',
      previous_conversations: intBetween(random, 0, 3),
    },
    unread_count: 1,
    agent_last_seen_at: 0,
    contact_last_seen_at: lastAt,
    timestamp: lastAt,
    created_at: messages[0]?.created_at ?? lastAt,
  };
  if (chance(random, 0.5)) {
    const payload = { event: 'conversation_status_changed', ...conversation, changed_attributes: [{ status: { previous_value: 'pending', current_value: 'open' } }] };
    return { format: 'chatwoot', payload, botConversationId: String(conversationId) };
  }
  const last = messages.at(-1);
  const payload = {
    event: 'message_created',
    id: last?.id,
    content: last?.content,
    created_at: new Date((last?.created_at ?? lastAt) * 1000).toISOString(),
    message_type: 'incoming',
    content_type: 'text',
    private: false,
    content_attributes: {},
    source_id: null,
    sender: { id: contactId, name: person.displayName, avatar: '', type: 'contact' },
    inbox: { id: 3, name: 'Website chat' },
    conversation,
    account: { id: 1, name: 'Baton Demo Ltd' },
  };
  return { format: 'chatwoot', payload, botConversationId: String(conversationId) };
}
