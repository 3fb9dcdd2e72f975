// Events reach only our live windows, and a payload that breaks the contract is dropped and logged.
import { describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../../core/testing/recording-logger';
import { createEventPublisher } from './event-publisher';
import type { WebContentsLike } from './invoke-registry';

function contents(id: number, destroyed = false) {
  const sent: unknown[][] = [];
  const wc: WebContentsLike = { id, isDestroyed: () => destroyed, send: (...args: unknown[]) => void sent.push(args) };
  return { wc, sent };
}

describe('createEventPublisher', () => {
  const presence = { state: 'busy' as const, since: '2025-01-01T00:00:00.000Z' };

  it('sends to every live window we own and skips destroyed ones', () => {
    const live = contents(1);
    const gone = contents(2, true);
    const publish = createEventPublisher({ ownContents: () => [live.wc, gone.wc], log: createRecordingLogger() });
    publish('presence:changed', presence);
    expect(live.sent).toEqual([['presence:changed', presence]]);
    expect(gone.sent).toEqual([]);
  });

  it('drops a payload that does not match the contract and logs it', () => {
    const live = contents(1);
    const log = createRecordingLogger();
    const publish = createEventPublisher({ ownContents: () => [live.wc], log });
    publish('presence:changed', { state: 'asleep', since: 'yesterday' } as unknown as typeof presence);
    expect(live.sent).toEqual([]);
    expect(log.at('error')).toHaveLength(1);
  });
});
