// Test support, run as a child process by server.test.ts: starts a gateway, holds an HTTP keep-alive
// connection and a live socket.io connection, closes the gateway, then lets the event loop drain.
// The process exits by itself only if close() left no handle open.
import WebSocket from 'ws';
import { login, startTestGateway, TEST_USERS } from './gateway-fixture';

const user = TEST_USERS[0];
if (!user) throw new Error('no test user');
const { gateway, stop } = await startTestGateway();
const response = await login(gateway.url, user.username, user.password);
const { token } = (await response.json()) as { token: string };

// A raw engine.io v4 WebSocket: `0` is the open packet, `40{auth}` connects the main namespace.
const socket = new WebSocket(`${gateway.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
const ready = new Promise<void>((resolve, reject) => {
  socket.on('message', (data: Buffer) => {
    const text = data.toString();
    if (text.startsWith('0')) socket.send(`40${JSON.stringify({ token })}`);
    if (text.startsWith('42["session:ready"')) resolve();
    if (text.startsWith('44')) reject(new Error(`refused: ${text}`));
  });
  socket.on('error', reject);
});
await ready;
const clientClosed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
await stop();
await clientClosed;
process.stdout.write('closed\n');
