import { describe, expect, it } from 'vitest';
import { simulatorWanted } from './simulator-choice';

describe('simulatorWanted', () => {
  it.each([
    [false, undefined, true],
    [false, '', true],
    [false, 'on', true],
    [false, 'off', false],
    [false, ' OFF ', false],
    [true, undefined, false],
    [true, 'on', false],
  ])('flag %s, BATON_DEMO_SIMULATOR=%s -> %s', (flag, env, expected) => {
    expect(simulatorWanted(flag, env)).toBe(expected);
  });
});
