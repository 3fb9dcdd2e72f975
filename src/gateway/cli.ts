// Entry point of `npm run gateway`: runs the gateway standalone, prints `Gateway: <url>` on stdout when it
// listens (scripts wait for that line), logs JSON lines on stderr and closes gracefully on SIGINT/SIGTERM.
import { hashPassword } from './auth/password-hash';
import { CliUsageError, parseCliArgs, USAGE, type CliCommand } from './cli-args';
import { ConfigError } from './config/load-config';
import { createJsonLogger, parseLogLevel } from './log';
import { startGateway } from './server';

const FORCED_EXIT_MS = 5_000;

/** Reads one line: piped input ends at EOF, a terminal at Enter. */
function readPasswordLine(): Promise<string> {
  const { stdin } = process;
  if (stdin.isTTY) process.stderr.write('Password (visible as you type; pipe it in to hide it): ');
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (): void => {
      stdin.off('data', onData);
      stdin.off('end', finish);
      stdin.pause();
      resolve((text.split('\n')[0] ?? '').replace(/\r$/, ''));
    };
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('utf8');
      if (text.includes('\n')) finish();
    };
    stdin.on('data', onData);
    stdin.once('end', finish);
    stdin.once('error', reject);
  });
}

async function runHashPassword(): Promise<number> {
  const password = await readPasswordLine();
  if (password === '') {
    process.stderr.write('gateway: no password on stdin (try: echo "secret" | npm run gateway -- hash-password)\n');
    return 1;
  }
  process.stdout.write(`${await hashPassword(password)}\n`);
  return 0;
}

async function runServe(command: Extract<CliCommand, { kind: 'serve' }>): Promise<number> {
  const log = createJsonLogger({ write: (line) => process.stderr.write(line), level: parseLogLevel(process.env.BATON_LOG_LEVEL) });
  const gateway = await startGateway({ ...command.options, log });
  process.stdout.write(`Gateway: ${gateway.url}\n`);
  if (gateway.demo) {
    process.stdout.write(`Demo users: ${gateway.demo.users.join(', ')}\nDemo password: ${gateway.demo.password}\n`);
    if (gateway.botKey !== null) process.stdout.write(`Bot key: ${gateway.botKey}\n`);
  }

  const shutdown = (signal: NodeJS.Signals): void => {
    log.info('shutting down', { signal });
    // A second signal during shutdown falls through to Node's default and ends the process at once.
    process.off('SIGINT', shutdown);
    process.off('SIGTERM', shutdown);
    setTimeout(() => {
      log.error('shutdown timed out; exiting');
      process.exit(1);
    }, FORCED_EXIT_MS).unref();
    gateway.close().catch((error: unknown) => {
      log.error('shutdown failed', { error });
      process.exitCode = 1;
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCliArgs(argv, process.env);
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case 'hash-password':
      return runHashPassword();
    case 'serve':
      return runServe(command);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliUsageError) {
      process.stderr.write(`gateway: ${error.message}\nRun with --help for usage.\n`);
      process.exitCode = 2;
    } else if (error instanceof ConfigError) {
      process.stderr.write(`gateway: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`gateway: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
