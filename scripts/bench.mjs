#!/usr/bin/env node
// `npm run bench [-- name …]`: runs bench/run.ts with tsx, forwarding the benchmark names.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['tsx', 'bench/run.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
