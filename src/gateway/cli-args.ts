// Parses the gateway CLI's arguments and environment into a command. Pure: no I/O, so it is testable
// and the CLI's usage errors are all worded in one place.
import { parseArgs } from 'node:util';
import type { GatewayEnv } from './config/resolve-settings';
import type { GatewayOptions } from './server';

export const USAGE = `Baton reference gateway

Usage:
  npm run gateway -- [--port <n>] [--host <h>] [--config <file>] [--data-dir <dir>]
  npm run gateway -- --demo [--port <n>] [--no-simulator]
  npm run gateway -- hash-password          (reads a password on stdin, prints its scrypt hash)

Options:
  --port <n>        port to listen on; 0 picks a free one (env BATON_GATEWAY_PORT; default: config, else 0)
  --host <h>        address to bind (default: config, else 127.0.0.1)
  --config <file>   JSON file with the users (see config/gateway.example.json); required unless --demo
  --data-dir <dir>  where the gateway keeps its data (env BATON_DATA_DIR; default .baton-data/gateway)
  --demo            127.0.0.1 only, random secret and bot key, users agent1..agent5 and supervisor1,
                    demo queues, and simulated bot handoffs
  --no-simulator    with --demo: no simulated handoffs (users, queues and the bot key stay)
  -h, --help        show this help

Environment:
  BATON_GATEWAY_SECRET  token signing secret, at least 32 characters (required unless --demo)
  BATON_BOT_KEY         the key bots send as "Authorization: Bearer <key>" (16+ characters; demo: random)
  BATON_DEMO_PASSWORD   password of the demo users (default baton-demo)
  BATON_LOG_LEVEL       debug | info | warn | error (default info); logs are JSON lines on stderr
`;

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'hash-password' }
  | { kind: 'serve'; options: Omit<GatewayOptions, 'log'> };

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

function parsePort(text: string, source: string): number {
  if (!/^[0-9]{1,5}$/.test(text) || Number(text) > 65535) throw new CliUsageError(`${source} must be a port number from 0 to 65535, got "${text}"`);
  return Number(text);
}

export function parseCliArgs(argv: readonly string[], env: GatewayEnv): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        config: { type: 'string' },
        'data-dir': { type: 'string' },
        demo: { type: 'boolean' },
        'no-simulator': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help' };
  if (positionals.length > 0) {
    if (positionals.length === 1 && positionals[0] === 'hash-password') return { kind: 'hash-password' };
    throw new CliUsageError(`Unknown command: ${positionals.join(' ')}`);
  }

  const options: Omit<GatewayOptions, 'log'> = {};
  if (values.port !== undefined) options.port = parsePort(values.port, '--port');
  else if (env.BATON_GATEWAY_PORT !== undefined && env.BATON_GATEWAY_PORT !== '') options.port = parsePort(env.BATON_GATEWAY_PORT, 'BATON_GATEWAY_PORT');
  if (values.host !== undefined) options.host = values.host;
  if (values.config !== undefined) options.configPath = values.config;
  if (values['data-dir'] !== undefined) options.dataDir = values['data-dir'];
  if (values.demo === true) {
    options.demo = true;
    options.simulator = values['no-simulator'] !== true;
  }
  return { kind: 'serve', options };
}
