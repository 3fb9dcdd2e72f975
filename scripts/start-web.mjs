// `npm run start:web -- [--port n] [--no-build]`: builds the renderer (a few seconds), then runs the
// browser-mode host (src/web/cli.ts) with the remaining arguments, forwarding SIGINT/SIGTERM to it.
// Build output goes to stderr so stdout carries only the host's `Gateway:` / `Open:` lines.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const forwarded = args.filter((arg) => arg !== '--no-build');

function run(command, commandArgs, stdio) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio, shell: process.platform === 'win32' && !command.endsWith('.exe') });
    child.on('error', (error) => {
      process.stderr.write(`Could not run ${command}: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function build() {
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  process.stderr.write('Building the renderer (electron-vite build)...\n');
  const code = await run(bin, ['build'], ['ignore', process.stderr, process.stderr]);
  if (code !== 0) {
    process.stderr.write(`The build failed (exit code ${code}); fix the errors above, or run with --no-build to use the last build.\n`);
    process.exit(code);
  }
}

async function main() {
  if (!skipBuild) await build();
  if (!existsSync(path.join(root, 'out', 'renderer', 'index.html'))) {
    process.stderr.write('out/renderer/index.html is missing: run without --no-build (or `npx electron-vite build`) first.\n');
    process.exit(1);
  }
  const host = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'web', 'cli.ts'), ...forwarded], { cwd: root, stdio: 'inherit' });
  const forward = (signal) => {
    if (host.exitCode === null) host.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();
