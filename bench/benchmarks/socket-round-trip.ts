// The floor every later latency is compared with: one socket.io round trip between the real main-process
// link and a real gateway over loopback (`diag:echo` with its ack), measured over 2,000 sequential messages.
import { startGateway } from '../../src/gateway/server';
import { createGatewayLink } from '../../src/main/core/link/gateway-link';
import { logInOverHttp } from '../../src/main/core/session/gateway-client';
import { silentLogger } from '../../src/shared/log';
import type { Benchmark } from '../registry';
import { summarize } from '../stats';

const WARMUP = 200;
const MESSAGES = 2000;

async function run() {
  const gateway = await startGateway({ demo: true, port: 0, log: silentLogger });
  const password = gateway.demo?.password ?? 'baton-demo';
  const login = await logInOverHttp({ gatewayUrl: gateway.url, username: 'agent1', password, log: silentLogger });
  let resolveOnline: () => void = () => {};
  const online = new Promise<void>((resolve) => (resolveOnline = resolve));
  const link = createGatewayLink({
    url: gateway.url,
    token: login.token,
    log: silentLogger,
    heartbeatIntervalMs: 0,
    onState: (state) => state.status === 'online' && resolveOnline(),
    onEvent: () => {},
  });
  try {
    await online;
    for (let i = 0; i < WARMUP; i += 1) await link.echo(i);
    const samples: number[] = [];
    for (let i = 0; i < MESSAGES; i += 1) samples.push(await link.echo(i));
    return summarize(samples);
  } finally {
    link.close();
    await gateway.close();
  }
}

export const socketRoundTrip: Benchmark = {
  name: 'socket-round-trip',
  description: 'socket.io round trip, main link -> gateway -> main link, loopback, 2,000 messages',
  run,
};
