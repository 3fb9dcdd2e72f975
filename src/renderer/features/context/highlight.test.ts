// Highlighting and masking are pure text operations: checked here without a DOM.
import { describe, expect, it } from 'vitest';
import { highlightParts, matches } from './highlight';
import { maskValue } from './mask';

describe('highlightParts', () => {
  it('splits around every match, case-insensitively, keeping the original case', () => {
    expect(highlightParts('Order A-4417: order again', 'ORDER')).toEqual([
      { text: 'Order', match: true },
      { text: ' A-4417: ', match: false },
      { text: 'order', match: true },
      { text: ' again', match: false },
    ]);
  });

  it('returns the text whole for an empty query or no match', () => {
    expect(highlightParts('hello', '  ')).toEqual([{ text: 'hello', match: false }]);
    expect(highlightParts('hello', 'xyz')).toEqual([{ text: 'hello', match: false }]);
    expect(highlightParts('', 'a')).toEqual([{ text: '', match: false }]);
  });

  it('treats markup in text and query as plain characters', () => {
    expect(highlightParts('<b>bold</b>', '<b>')).toEqual([
      { text: '<b>', match: true },
      { text: 'bold</b>', match: false },
    ]);
    expect(matches('a.b', '.')).toBe(true);
    expect(matches('ab', '.')).toBe(false);
  });
});

describe('maskValue', () => {
  it.each([
    ['+44 7700 900134', '•••• 0134'],
    ['4111 1111 1111 0134', '•••• 0134'],
    ['maria@example.com', 'm…@example.com'],
    ['0134', '••••'],
  ])('%s → %s', (value, masked) => expect(maskValue(value)).toBe(masked));
});
