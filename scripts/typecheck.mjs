#!/usr/bin/env node
// Typechecks every environment's tsconfig (shared, node, preload, renderer); exits non-zero on any error.
import { spawnSync } from 'node:child_process';

const projects = ['tsconfig.shared.json', 'tsconfig.node.json', 'tsconfig.preload.json', 'tsconfig.renderer.json', 'tsconfig.browser-tests.json'];
let failed = 0;
for (const project of projects) {
  const run = spawnSync('npx', ['tsc', '--noEmit', '-p', project], { stdio: 'inherit' });
  console.log(`typecheck ${project}: ${run.status === 0 ? 'ok' : 'FAILED'}`);
  if (run.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
