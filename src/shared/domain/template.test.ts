import { describe, expect, it } from 'vitest';
import { CustomerSchema, FactSchema, type Fact } from './handoff-context';
import { fillTemplate, hasPlaceholder, placeholdersIn } from './template';

const fact = (f: Partial<Fact> & Pick<Fact, 'key' | 'status'>): Fact => FactSchema.parse({ label: f.key, value: null, ...f });

const context = {
  customer: CustomerSchema.parse({ displayName: 'Maya  Okafor', contactPoints: [{ kind: 'phone', value: '+1 555' }, { kind: 'email', value: 'maya@example.com' }] }),
  facts: [
    fact({ key: 'orderNumber', value: 'A-4417', status: 'confirmed' }),
    fact({ key: 'postcode', value: 'SW1A 1AA', status: 'collected' }),
    fact({ key: 'deliveryDate', status: 'missing' }),
    fact({ key: 'cardLast4', value: '12', status: 'invalid' }),
  ],
};
const nobody = { customer: CustomerSchema.parse({}), facts: [] };

describe('fillTemplate', () => {
  it.each([
    ['Hi {{customer.firstName}}', 'Hi Maya', []],
    ['Dear {{customer.name}}', 'Dear Maya  Okafor', []],
    ['Sent to {{customer.email}}', 'Sent to maya@example.com', []],
    ['Order {{fact.orderNumber}} to {{fact.postcode}}', 'Order A-4417 to SW1A 1AA', []],
    ['I am {{agent.firstName}}', 'I am Priya', []],
    ['Spaces {{ customer.firstName }} ok', 'Spaces Maya ok', []],
    ['No variables at all', 'No variables at all', []],
    ['Due {{fact.deliveryDate}}', 'Due {{fact.deliveryDate}}', ['fact.deliveryDate']],
    ['Card {{fact.cardLast4}}', 'Card {{fact.cardLast4}}', ['fact.cardLast4']],
    ['Ref {{fact.unknownKey}}', 'Ref {{fact.unknownKey}}', ['fact.unknownKey']],
    ['Weird {{customer.shoeSize}}', 'Weird {{customer.shoeSize}}', ['customer.shoeSize']],
    ['{{fact.deliveryDate}} and {{fact.deliveryDate}}', '{{fact.deliveryDate}} and {{fact.deliveryDate}}', ['fact.deliveryDate']],
  ])('%s', (text, expected, missing) => {
    expect(fillTemplate(text, { context, agentName: 'Priya Shah' })).toEqual({ text: expected, missing });
  });

  it('lists every variable it cannot fill when the context is empty, and keeps them visible', () => {
    const out = fillTemplate('Hi {{customer.firstName}}, {{customer.email}} — {{agent.firstName}}', { context: nobody, agentName: '  ' });
    expect(out.missing).toEqual(['customer.firstName', 'customer.email', 'agent.firstName']);
    expect(out.text).toBe('Hi {{customer.firstName}}, {{customer.email}} — {{agent.firstName}}');
    expect(hasPlaceholder(out.text)).toBe(true);
  });

  it('tells filled text from text with a placeholder', () => {
    expect(hasPlaceholder(fillTemplate('Hi {{customer.firstName}}', { context, agentName: 'P' }).text)).toBe(false);
    expect(hasPlaceholder('use {{ here')).toBe(true);
  });

  it('lists the placeholders left in a text, once each', () => {
    expect(placeholdersIn('Due {{fact.deliveryDate}}, {{ x }} and {{fact.deliveryDate}}')).toEqual(['{{fact.deliveryDate}}', '{{ x }}']);
    expect(placeholdersIn('all filled')).toEqual([]);
  });
});
