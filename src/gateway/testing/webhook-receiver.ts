// Test support: a real node:http webhook receiver on 127.0.0.1 port 0 that checks every delivery's
// signature, refuses the first `failFirst` requests with a 500, and records what it got. Never used in production.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from '../webhooks/webhook-signature';

export interface ReceivedWebhook {
  body: unknown;
  verified: boolean;
  delivery: string | undefined;
  status: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Resolves once `count` deliveries were answered 2xx. */
  accepted(count: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export async function startWebhookReceiver(secret: string, { failFirst = 0 } = {}): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const verified = verifyWebhook(secret, { signature: header(req, SIGNATURE_HEADER), timestamp: header(req, TIMESTAMP_HEADER), body }).ok;
      const status = received.length < failFirst ? 500 : verified ? 204 : 401;
      received.push({ body: JSON.parse(body) as unknown, verified, delivery: header(req, 'x-baton-delivery'), status });
      res.writeHead(status).end();
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const ok = () => received.filter((r) => r.status < 300);
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    accepted: (count) =>
      new Promise((resolve) => {
        const check = (): void => {
          if (ok().length >= count) resolve(ok());
          else waiters.push(check);
        };
        check();
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
