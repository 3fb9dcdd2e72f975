import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from './cli-args';

describe('gateway CLI arguments', () => {
  it('reads serve options, with --port over BATON_GATEWAY_PORT', () => {
    expect(parseCliArgs(['--port', '0', '--host', '0.0.0.0', '--config', 'g.json', '--data-dir', 'd'], { BATON_GATEWAY_PORT: '9999' })).toEqual({
      kind: 'serve',
      options: { port: 0, host: '0.0.0.0', configPath: 'g.json', dataDir: 'd' },
    });
    expect(parseCliArgs(['--demo'], { BATON_GATEWAY_PORT: '4800' })).toEqual({ kind: 'serve', options: { port: 4800, demo: true, simulator: true } });
    expect(parseCliArgs(['--demo', '--no-simulator'], {})).toEqual({ kind: 'serve', options: { demo: true, simulator: false } });
    expect(parseCliArgs(['--no-simulator'], {})).toEqual({ kind: 'serve', options: {} });
    expect(parseCliArgs([], {})).toEqual({ kind: 'serve', options: {} });
  });

  it('recognises help and hash-password', () => {
    expect(parseCliArgs(['--help'], {})).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h', '--demo'], {})).toEqual({ kind: 'help' });
    expect(parseCliArgs(['hash-password'], {})).toEqual({ kind: 'hash-password' });
  });

  it.each([
    [['--port', 'abc'], {}, /--port must be a port number/],
    [['--port', '70000'], {}, /--port must be a port number/],
    [[], { BATON_GATEWAY_PORT: '-1' }, /BATON_GATEWAY_PORT must be a port number/],
    [['--verbose'], {}, /Unknown option '--verbose'/],
    [['--port'], {}, /argument missing/],
    [['serve'], {}, /Unknown command: serve/],
  ])('refuses %j %j', (argv, env, message) => {
    expect(() => parseCliArgs(argv, env)).toThrow(CliUsageError);
    expect(() => parseCliArgs(argv, env)).toThrow(message);
  });
});
