// `npm run start:web` ends here: parse flags, start the web host, print `Open: <url>` (and `Gateway:`,
// `Bot key:` when embedded) on stdout, log JSON lines on stderr, and shut down cleanly on SIGINT/SIGTERM.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createConsoleLogger, isLogLevel } from '../main/core/log';
import { startWebHost } from './host';
import { simulatorWanted } from './simulator-choice';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0-dev';
  } catch {
    return '0.0.0-dev';
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new Error(`--port needs a number from 0 to 65535, got "${value}"`);
  return port;
}

function defaultDataDir(): string {
  const config = process.env['XDG_CONFIG_HOME'] ?? path.join(os.homedir(), '.config');
  return path.join(config, 'baton', 'web');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
      'no-simulator': { type: 'boolean' },
    },
    strict: true,
  });
  const level = process.env['BATON_LOG_LEVEL'];
  const log = createConsoleLogger({ minLevel: isLogLevel(level) ? level : 'info', base: { scope: 'web' } });
  const gatewayUrl = process.env['BATON_GATEWAY_URL']?.trim();
  const rendererDir = values['renderer-dir'] ?? path.join(repoRoot, 'out', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`${path.join(rendererDir, 'index.html')} is missing: build the renderer first (npx electron-vite build)`);
  }
  const host = await startWebHost({
    port: parsePort(values.port),
    ...(gatewayUrl ? { gatewayUrl } : {}),
    rendererDir,
    dataDir: values['data-dir'] ?? process.env['BATON_WEB_DATA_DIR'] ?? defaultDataDir(),
    log,
    version: readVersion(),
    simulator: simulatorWanted(values['no-simulator'] === true, process.env['BATON_DEMO_SIMULATOR']),
  });
  if (host.embeddedGateway) {
    process.stdout.write(`Gateway: ${host.gatewayUrl}\n`);
    if (host.embeddedGateway.botKey) process.stdout.write(`Bot key: ${host.embeddedGateway.botKey}\n`);
    const demo = host.embeddedGateway.demo;
    if (demo) process.stdout.write(`Demo users: ${demo.users.join(', ')} (password: ${demo.password})\n`);
  }
  process.stdout.write(`Open: ${host.url}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    void host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  process.stderr.write(`Baton browser mode could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
