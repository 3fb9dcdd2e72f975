// The wrap-up pre-fill: the story, then at most the last three messages, notes left out, long lines clipped.
import { describe, expect, it } from 'vitest';
import { makeContext, makeMessage } from '../../test/contexts';
import { composeWrapUpSummary } from './wrap-up-summary';

const context = makeContext({ customer: { displayName: 'Dan Wu' }, intent: { name: 'addr', label: 'Address change' } });

describe('composeWrapUpSummary', () => {
  it('is the story alone when nothing was said after the handover', () => {
    expect(composeWrapUpSummary(context, [])).not.toContain('Last messages');
    expect(composeWrapUpSummary(context, [])).toContain('Dan Wu');
  });

  it('adds the last three messages, skipping notes and clipping long ones', () => {
    const messages = [
      makeMessage('c', 1, 'first'),
      makeMessage('c', 2, 'second'),
      makeMessage('c', 3, 'a note', { kind: 'note', from: 'agent', author: 'agent1' }),
      makeMessage('c', 4, 'third\n\nwith  space', { from: 'agent', author: 'agent1' }),
      makeMessage('c', 5, 'x'.repeat(400)),
    ];
    const lines = composeWrapUpSummary(context, messages).split('\n');
    expect(lines.slice(-4)).toEqual(['Last messages:', 'Customer: second', 'Agent: third with space', `Customer: ${'x'.repeat(159)}…`]);
  });
});
