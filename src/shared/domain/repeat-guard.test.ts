// The repeat guard as a table: drafts that ask for a known fact trigger (by label, key or synonym),
// and statements, topic mentions, unknown or failed facts and look-alike words do not.
import { describe, expect, it } from 'vitest';
import { FactSchema, type Fact } from './handoff-context';
import { findRepeatedAsks } from './repeat-guard';

type FactInput = Parameters<typeof FactSchema.parse>[0];
const fact = (input: FactInput): Fact => FactSchema.parse(input);

const facts: Fact[] = [
  fact({ key: 'orderNumber', label: 'Order number', value: 'A-4417', status: 'confirmed' }),
  fact({ key: 'email', label: 'Email', value: 'maria@example.com', status: 'confirmed' }),
  fact({ key: 'phone_number', label: 'Mobile number', value: '+44 7700 900134', status: 'collected', sensitive: true }),
  fact({ key: 'zip', label: 'ZIP', value: 'SW1A 1AA', status: 'collected' }),
  fact({ key: 'dateOfBirth', label: 'Date of birth', value: '1984-03-02', status: 'confirmed' }),
  fact({ key: 'card_last4', label: 'Card (last four)', value: '0134', status: 'confirmed', sensitive: true }),
  fact({ key: 'deliveryAddress', label: 'Delivery address', value: '1 High St, London', status: 'collected' }),
  fact({ key: 'fullName', label: 'Name', value: 'Maria Lopez', status: 'confirmed' }),
  fact({ key: 'policy_number', label: 'Policy number', value: 'P-99812', status: 'confirmed' }),
  fact({ key: 'accountNumber', label: 'Account number', value: '5512-88', status: 'collected' }),
];
const withGaps: Fact[] = [
  fact({ key: 'orderNumber', label: 'Order number', value: 'A-4417', status: 'confirmed' }),
  fact({ key: 'dateOfBirth', label: 'Date of birth', status: 'missing' }),
  fact({ key: 'postcode', label: 'Postcode', value: 'ZZ9 9ZZ', status: 'invalid' }),
];

const triggers: [string, string[], Fact[]?][] = [
  ['Can I have your order number?', ['orderNumber']],
  ["what's your email address", ['email']],
  ['Could you confirm your postcode', ['zip']],
  ['Please tell me the order no.', ['orderNumber']],
  ['Order #, please?', ['orderNumber']],
  ['What is your zip code?', ['zip']],
  ['Can you give me your mobile?', ['phone_number']],
  ['May I have your DOB?', ['dateOfBirth']],
  ['Could you send me your e-mail?', ['email']],
  ["What's your full name?", ['fullName']],
  ['Can you give me the last 4 digits of your card?', ['card_last4']],
  ['I need your account number to continue.', ['accountNumber']],
  ['Your order ID?', ['orderNumber']],
  ['Can you tell me your policy number?', ['policy_number']],
  ['Hi Maria, confirm your delivery address for me.', ['deliveryAddress']],
  ['Can I have your order number and email?', ['orderNumber', 'email']],
  ['WHAT IS YOUR ORDER NUMBER', ['orderNumber']],
  ["What's the best phone number to reach you on?", ['phone_number']],
  ['And your address?', ['deliveryAddress']],
  ['Thanks! Could you spell your surname for me', ['fullName']],
  ['Can you confirm your postal code?', ['zip']],
];

const silent: [string, Fact[]?][] = [
  ['I see your order number A-4417.'],
  ['Your order has shipped.'],
  ['Can you confirm your order number is A-4417?'],
  ['Can I have your date of birth?', withGaps],
  ["What's your postcode?", withGaps],
  ["What's the reorder number?"],
  ['Are you on our emailing list?'],
  ['Can you check your email for the reset link?'],
  ["I've sent the label to your email address."],
  ["You don't need to give me your order number."],
  ["What's our phone number for returns?"],
  ['Thanks, your e-mail is confirmed.'],
  ['How can I help you today?'],
  ['Could you update your address in the app?'],
  ['Did you receive the email?'],
  ['What is the name of the product?'],
  [''],
  ["What's your account number?", withGaps],
  ['Can I have your order number?', []],
];

describe('findRepeatedAsks', () => {
  it('has a table of at least 25 cases, at least 10 of them silent', () => {
    expect(triggers.length + silent.length).toBeGreaterThanOrEqual(25);
    expect(silent.length).toBeGreaterThanOrEqual(10);
  });

  it.each(triggers)('%j asks for %j', (draft, keys, list = facts) => {
    expect(findRepeatedAsks(draft, list).map((h) => h.key)).toEqual(keys);
  });

  it.each(silent)('%j asks for nothing known', (draft, list = facts) => {
    expect(findRepeatedAsks(draft, list)).toEqual([]);
  });

  it('returns the label, the value and whether to mask it', () => {
    expect(findRepeatedAsks('Can you give me your mobile number?', facts)).toEqual([
      { key: 'phone_number', label: 'Mobile number', value: '+44 7700 900134', sensitive: true, asked: 'mobile number' },
    ]);
  });

  it('reports each fact once however often the draft asks', () => {
    expect(findRepeatedAsks("What's your order number? Your order no?", facts)).toHaveLength(1);
  });
});
