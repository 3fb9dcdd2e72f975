// Registers one client request: parses the payload with the shared schema, runs the handler and acks a
// Result. Invalid payloads are refused and logged once; a missing ack callback or a throwing handler never
// crashes the gateway.
import { clientRequests, type ClientRequest, type ClientRequestName, type ClientResponse } from '../../shared/contract/protocol';
import { describeIssues, fail, type Result } from '../../shared/contract/result';
import type { Logger } from '../../shared/log';
import type { GatewaySocket } from './socket-types';

export type RequestHandler<R extends ClientRequestName> = (payload: ClientRequest<R>) => Promise<Result<ClientResponse<R>>>;

type Ack = (result: unknown) => void;

/** socket.io passes the ack as the last argument; a client that sent no payload puts it first. */
function splitArgs(args: unknown[]): { payload: unknown; ack: Ack | null } {
  const last = args[args.length - 1];
  if (typeof last === 'function') return { payload: args.length > 1 ? args[0] : undefined, ack: last as Ack };
  return { payload: args[0], ack: null };
}

export function onRequest<R extends ClientRequestName>(socket: GatewaySocket, name: R, handler: RequestHandler<R>, log: Logger): void {
  const schema = clientRequests[name].request;
  const user = socket.data.username;
  const listener = (...args: unknown[]): void => {
    const { payload, ack } = splitArgs(args);
    const reply = (result: Result<unknown>): void => {
      if (ack) ack(result);
      else log.warn('socket request without ack callback', { event: name, username: user });
    };
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const message = `Invalid ${name} payload: ${describeIssues(parsed.error)}`;
      log.warn('socket request refused', { event: name, username: user, reason: message });
      reply(fail('invalid-request', message));
      return;
    }
    handler(parsed.data as ClientRequest<R>).then(reply, (error: unknown) => {
      log.error('socket request failed', { event: name, username: user, error });
      reply(fail('internal', 'The gateway could not handle this request'));
    });
  };
  // The typed map promises parsed payloads; this listener takes `unknown` on purpose and parses itself.
  (socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void }).on(name, listener);
}
