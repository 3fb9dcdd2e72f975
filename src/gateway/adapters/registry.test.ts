import { describe, expect, it } from 'vitest';
import { HANDOFF_FORMATS } from '../../shared/domain/handoff-context';
import { ADAPTERS, getAdapter } from './registry';

describe('adapter registry', () => {
  it('has one adapter per published format, each declaring its own format', () => {
    for (const format of HANDOFF_FORMATS) expect(getAdapter(format)?.format).toBe(format);
    expect(Object.keys(ADAPTERS).sort()).toEqual([...HANDOFF_FORMATS].sort());
  });

  it('answers null for unknown formats, including object prototype names', () => {
    expect(getAdapter('whatsapp')).toBeNull();
    expect(getAdapter('toString')).toBeNull();
    expect(getAdapter('__proto__')).toBeNull();
  });
});
