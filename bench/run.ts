// `npm run bench`: runs the named benchmarks (all, or those given as arguments), prints a table and
// writes bench/results.json. Not part of `npm test`: timing never decides pass/fail.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchmarks } from './registry';
import type { LatencySummary } from './stats';

interface BenchResult extends LatencySummary {
  name: string;
  description: string;
  unit: 'ms';
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !benchmarks.some((b) => b.name === w));
  if (unknown.length) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${benchmarks.map((b) => b.name).join(', ')}`);
    process.exit(2);
  }
  const selected = wanted.length ? benchmarks.filter((b) => wanted.includes(b.name)) : benchmarks;
  const results: BenchResult[] = [];
  for (const bench of selected) {
    console.log(`running ${bench.name} …`);
    const summary = await bench.run();
    results.push({ name: bench.name, description: bench.description, unit: 'ms', ...summary });
  }
  const report = {
    runAt: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30) },
    results,
  };
  writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('');
  // Every latency is read against the floor measured in the same run (ROADMAP: performance targets).
  const floor = results.find((r) => r.name === 'socket-round-trip');
  const times = (x: number, base: number | undefined) => (base ? `${(x / base).toFixed(1)}×` : '');
  console.table(
    results.map(({ name, n, p50, p95, p99, mean, max }) => ({
      name,
      n,
      'p50 ms': p50,
      'p95 ms': p95,
      'p99 ms': p99,
      'mean ms': mean,
      'max ms': max,
      'p50 vs floor': name === floor?.name ? 'floor' : times(p50, floor?.p50),
    })),
  );
  console.log('written: bench/results.json');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
