import { describe, expect, it } from 'vitest';
import type { CannedResponse } from '../../../shared/domain/canned';
import { filterCanned } from './canned-filter';

const list: CannedResponse[] = [
  { id: 'greet', title: 'Greeting', text: 'Hi {{customer.firstName}}', tags: ['hello'] },
  { id: 'label', title: 'Return label sent', text: 'I emailed a label for {{fact.orderNumber}}', tags: ['returns', 'refund'] },
  { id: 'refund', title: 'Refund issued', text: 'Your money is on its way', tags: [] },
];
const ids = (query: string) => filterCanned(list, query).map((c) => c.id);

describe('filterCanned', () => {
  it.each([
    ['', ['greet', 'label', 'refund']],
    ['   ', ['greet', 'label', 'refund']],
    ['greet', ['greet']],
    ['HELLO', ['greet']],
    ['refund', ['refund', 'label']],
    ['emailed', ['label']],
    ['return label', ['label']],
    ['label money', []],
    ['nothing-like-this', []],
  ])('"%s" matches %j (title matches first)', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});
