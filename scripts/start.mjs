#!/usr/bin/env node
// `npm start`: builds the app, then launches Electron. Where the Electron binary is absent (an offline
// install) it says so in one line and starts browser mode instead. It never `require`s electron, which
// would start a download attempt; it only probes node_modules/electron/path.txt and dist/.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const forwardedArgs = process.argv.slice(2);

/** The Electron executable if it was installed, else null. */
export function findElectronBinary(electronDir = path.join(root, 'node_modules', 'electron')) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const binary = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist'), relative);
  return existsSync(binary) ? binary : null;
}

function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, ...options });
    const forward = (signal) => {
      if (child.exitCode === null) child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      process.stderr.write(`Could not run ${command}: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function main() {
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  process.stderr.write('Building Baton (electron-vite build)...\n');
  const built = await run(bin, ['build'], {
    stdio: ['ignore', process.stderr, process.stderr],
    shell: process.platform === 'win32',
  });
  if (built !== 0) {
    process.stderr.write(`The build failed (exit code ${built}); see the errors above.\n`);
    process.exit(built);
  }

  const electron = findElectronBinary();
  if (electron !== null) {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE; // would turn the app into a plain Node process
    process.exit(await run(electron, ['.', ...forwardedArgs], { stdio: 'inherit', env }));
  }

  console.log('Electron is not installed on this machine (offline install); starting browser mode instead.');
  const startWeb = path.join(root, 'scripts', 'start-web.mjs');
  process.exit(await run(process.execPath, [startWeb, '--no-build', ...forwardedArgs], { stdio: 'inherit' }));
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main();
}
