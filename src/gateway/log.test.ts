import { describe, expect, it } from 'vitest';
import { createJsonLogger } from './log';

describe('JSON line logger', () => {
  it('writes one JSON object per line at or above its level, with errors flattened', () => {
    const lines: string[] = [];
    const log = createJsonLogger({ write: (l) => lines.push(l), level: 'info', now: () => new Date('2030-01-01T00:00:00Z') });
    log.debug('hidden');
    log.info('hello', { user: 'ana' });
    log.error('boom', { error: new Error('bad thing') });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    expect(JSON.parse(lines[0] ?? '')).toEqual({ time: '2030-01-01T00:00:00.000Z', level: 'info', msg: 'hello', user: 'ana' });
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ level: 'error', msg: 'boom', error: { name: 'Error', message: 'bad thing' } });
  });

  it('never throws on unserialisable fields', () => {
    const lines: string[] = [];
    const log = createJsonLogger({ write: (l) => lines.push(l) });
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => log.warn('cyclic', { loop })).not.toThrow();
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ msg: 'cyclic', fields: 'unserialisable' });
  });
});
