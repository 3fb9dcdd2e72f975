// The named benchmarks `npm run bench` knows. Add a benchmark here to make it runnable by name.
import { handoffToContext } from './benchmarks/handoff-to-context';
import { messageToScreen } from './benchmarks/message-to-screen';
import { socketRoundTrip } from './benchmarks/socket-round-trip';
import type { LatencySummary } from './stats';

export interface Benchmark {
  name: string;
  description: string;
  run: () => Promise<LatencySummary>;
}

export const benchmarks: readonly Benchmark[] = [socketRoundTrip, handoffToContext, messageToScreen];
