#!/usr/bin/env node
// `npm run bench [-- name …]`: runs bench/run.ts with tsx, forwarding the benchmark names.
import { spawnSync } from 'node:child_process';

// Browser benchmarks drive the built renderer: build first, as `npm test` does.
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const run = spawnSync('npx', ['tsx', 'bench/run.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
