// Demo mode's canned responses: realistic replies for the simulator's scenarios (returns, billing,
// cancellations, outages, password resets, address changes). Demo only; deployments list theirs in the config.
import type { CannedResponse } from '../../shared/domain/canned';

export const DEMO_CANNED: readonly CannedResponse[] = [
  {
    id: 'greeting',
    title: 'Greeting',
    text: "Hi {{customer.firstName}}, I'm {{agent.firstName}} and I'll take it from here. I can see what you've told our assistant, so you won't need to repeat yourself.",
    tags: ['hello', 'start'],
  },
  {
    id: 'one-moment',
    title: 'One moment while I check',
    text: 'Thanks {{customer.firstName}}, give me a moment while I look into this for you.',
    tags: ['hold', 'wait'],
  },
  {
    id: 'return-label',
    title: 'Return label sent',
    text: "I've emailed a prepaid return label for order {{fact.orderNumber}} to {{customer.email}}. Once we receive the item, the refund usually takes 3-5 working days.",
    tags: ['returns', 'refund', 'label'],
  },
  {
    id: 'damaged-replacement',
    title: 'Replacement for a damaged item',
    text: "I'm sorry order {{fact.orderNumber}} arrived damaged. I've arranged a replacement at no cost; you don't need to send the damaged item back.",
    tags: ['returns', 'damaged', 'replacement'],
  },
  {
    id: 'invoice-explained',
    title: 'Invoice explained',
    text: 'I have invoice {{fact.invoiceNumber}} open. The extra amount is a one-off charge for the mid-month plan change; it will not repeat next month.',
    tags: ['billing', 'invoice', 'charge'],
  },
  {
    id: 'credit-applied',
    title: 'Credit applied',
    text: "I've applied a credit to account {{fact.accountNumber}}. You'll see it on your next bill, {{customer.firstName}}.",
    tags: ['billing', 'credit'],
  },
  {
    id: 'cancellation-confirm',
    title: 'Cancellation confirmed',
    text: 'Your cancellation is confirmed for {{fact.cancellationDate}}. You keep full service until then, and a confirmation email is on its way to {{customer.email}}.',
    tags: ['cancel', 'subscription'],
  },
  {
    id: 'outage-known',
    title: 'Known outage in the area',
    text: "Thanks for reporting this, {{customer.firstName}}. There's a known outage in your area; engineers are on it and we'll text you as soon as service is back.",
    tags: ['outage', 'broadband', 'technical'],
  },
  {
    id: 'password-reset',
    title: 'Password reset link',
    text: "I've sent a password reset link to {{customer.email}}. It works for 30 minutes; check your spam folder if it doesn't arrive.",
    tags: ['password', 'login', 'account'],
  },
  {
    id: 'closing',
    title: 'Closing',
    text: 'Is there anything else I can help you with today, {{customer.firstName}}? Thanks for contacting us. - {{agent.firstName}}',
    tags: ['goodbye', 'end'],
  },
];
