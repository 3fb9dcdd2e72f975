// GET /healthz: liveness for scripts, load balancers and the desktop's "is this a Baton gateway?" probe.
import type { HealthResponse } from '../../shared/contract/http';
import type { Route } from './router';

export function healthRoute({ version, startedAt, now = () => new Date() }: { version: string; startedAt: Date; now?: () => Date }): Route {
  return {
    method: 'GET',
    path: '/healthz',
    handler: () => {
      const body: HealthResponse = {
        status: 'ok',
        version,
        uptimeSeconds: Math.max(0, Math.floor((now().getTime() - startedAt.getTime()) / 1000)),
      };
      return { status: 200, body };
    },
  };
}
